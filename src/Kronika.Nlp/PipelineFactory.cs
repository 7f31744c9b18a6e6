using Kronika.Core;
using Kronika.Knowledge;
using Kronika.Nlp.Events;
using Kronika.Nlp.Language;
using Kronika.Nlp.Mentions;
using Kronika.Nlp.Mentions.Tagger;
using Kronika.Nlp.Morphology;
using Kronika.Nlp.Morphology.English;
using Kronika.Nlp.Morphology.Polish;
using Kronika.Nlp.Quotes;
using Kronika.Nlp.Sentences;
using Kronika.Nlp.Tokenization;

namespace Kronika.Nlp;

/// <summary>The one place that lists the analysis stages, in order.</summary>
public static class PipelineFactory
{
    /// <summary>Builds the pipeline: language, tokenize, sentences, morphology, mentions, quotes, events.</summary>
    /// <remarks>Expensive (Lingua's language models, the Polish dictionary, the data files): build once and reuse; the
    /// result is immutable and safe to run from many threads at once.</remarks>
    /// <exception cref="InvalidDataException">When a data file is missing or malformed.</exception>
    /// <exception cref="FileNotFoundException">When the Polish dictionary or English WordNet is missing; the message says how to install it.</exception>
    public static Pipeline Create(PipelineOptions? options = null)
    {
        options ??= PipelineOptions.Default;
        IReadOnlyList<(string Code, Lingua.Language Language)> candidates = CandidateLanguages.Load();
        Lingua.LanguageDetectorBuilder builder = Lingua.LanguageDetectorBuilder.FromLanguages([.. candidates.Select(candidate => candidate.Language)]);
        if (options.LowAccuracyDetection)
        {
            builder = builder.WithLowAccuracyMode();
        }

        AbbreviationLexicons abbreviations = AbbreviationLexicons.Load(options.SupportedLanguages);
        IStage[] stages =
        [
            new LanguageDetector(builder.Build(), candidates, options.SupportedLanguages, options.DetectionSampleLength, options.MinimumLettersToDetect),
            new Tokenizer(abbreviations),
            new SentenceSplitter(abbreviations, options.MaxSentenceTokens),
        ];
        if (options.Morphology)
        {
            Dictionary<string, IWordAnalyzer> analyzers = WordAnalyzers(options);
            stages = [.. stages, new MorphologyStage(analyzers)];
            if (options.Mentions && analyzers.GetValueOrDefault("pl") is PolishAnalyzer polish)
            {
                Func<string, bool>? isForeignWord = analyzers.GetValueOrDefault("en") is EnglishLemmatizer english ? english.WordNet.Knows : null;
                var tagger = new NerTagger(NerModel.LoadPolishMentions(), new NerFeatures(polish));
                stages = [.. stages, new MentionStage(tagger, new NameBaseForms(polish, isForeignWord), KnowledgeBase.LoadDefault())];
            }
        }

        if (options.Quotes)
        {
            stages = [.. stages, new QuoteStage(CueLexicon.Load())];
        }

        if (options.Events && stages.Any(stage => stage is MentionStage))
        {
            stages = [.. stages, new EventStage(EventFinders.Create(options.SupportedLanguages))];
        }

        return new Pipeline(stages);
    }

    /// <summary>The word analyzers of the supported languages that have one.</summary>
    private static Dictionary<string, IWordAnalyzer> WordAnalyzers(PipelineOptions options)
    {
        var analyzers = new Dictionary<string, IWordAnalyzer>(StringComparer.Ordinal);
        if (options.SupportedLanguages.Contains("pl"))
        {
            analyzers["pl"] = options.PolishAnalyzer ?? PolishAnalyzer.LoadDefault();
        }

        if (options.SupportedLanguages.Contains("en"))
        {
            analyzers["en"] = options.EnglishLemmatizer ?? EnglishLemmatizer.LoadDefault();
        }

        return analyzers;
    }
}
