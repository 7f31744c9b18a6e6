using System.ComponentModel;
using System.Globalization;
using Kronika.Core.Annotations;
using Kronika.Nlp.Morphology.English;
using Kronika.Nlp.Morphology.Polish;
using Spectre.Console.Cli;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika morph WORD... [--lang pl|en] [--name [--kind person]]</c>: every reading of each word, with where it
/// came from, and the guesser's proposal; with <c>--name</c>, the base form of the words taken as one name and the
/// readings behind it.</summary>
/// <remarks>Loads only the dictionary and guessers of the language, not the pipeline. Exit 1 when the dictionary is missing.</remarks>
internal sealed class MorphCommand : Command<MorphCommand.Settings>
{
    private readonly Terminal _terminal;

    public MorphCommand(Terminal terminal) => _terminal = terminal;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse(settings.Kind, ignoreCase: true, out NameKind kind))
        {
            _terminal.Fail($"--kind must be one of {string.Join(", ", Enum.GetNames<NameKind>()).ToLowerInvariant()}, not '{settings.Kind}'");
            return 2;
        }

        TextWriter output = _terminal.Out;
        if (settings.DumpEntries || settings.AnalyzeFile is not null)
        {
            return Tabulate(settings, output, cancellationToken);
        }

        if (settings.Words.Length == 0)
        {
            _terminal.Fail("give at least one word (or --dump-entries, --analyze-file FILE)");
            return 2;
        }

        if (settings.Language == "en")
        {
            return English(settings, output);
        }

        if (settings.Language != "pl")
        {
            _terminal.Fail($"--lang must be pl or en, not '{settings.Language}'");
            return 2;
        }

        PolishAnalyzer analyzer = PolishAnalyzer.LoadDefault();
        if (settings.Name)
        {
            string phrase = string.Join(' ', settings.Words);
            var names = new NameBaseForms(analyzer, ForeignWords());
            output.WriteLine($"{phrase} -> {names.BaseForm(phrase, kind)}");
            foreach (BaseFormCandidate candidate in names.Candidates(phrase, kind))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  as {CaseName(candidate.Case),-4} {candidate.Score,7:0.000}  {candidate.BaseForm}"));
            }

            foreach (string word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                output.WriteLine($"  {word}:");
                foreach (Analysis reading in names.NameReadings(word, kind).Take(settings.Guesses * 2))
                {
                    output.WriteLine("  " + Line(reading));
                }
            }

            return 0;
        }

        foreach (string word in settings.Words)
        {
            output.WriteLine(word);
            List<Analysis> readings = analyzer.Analyze(word, settings.SentenceStart);
            if (readings.Count == 0)
            {
                output.WriteLine("  (no reading)");
            }

            foreach (Analysis reading in readings)
            {
                output.WriteLine(Line(reading));
            }

            // The guesser's proposal, also for words the dictionary knows: users check what it would say.
            if (word.Length > 1 && char.IsLetter(word[0]) && !readings.Exists(reading => reading.Source == AnalysisSource.Guesser))
            {
                var guesses = new List<Analysis>();
                (char.IsUpper(word[0]) ? analyzer.Guesser : analyzer.CommonGuesser).Guess(word, guesses);
                output.WriteLine("  guesser would say:");
                foreach (Analysis guess in guesses.Take(settings.Guesses))
                {
                    output.WriteLine("  " + Line(guess));
                }
            }
        }

        return 0;
    }

    /// <summary>English WordNet's word test, or null when WordNet is not installed (names are then read without it).</summary>
    private static Func<string, bool>? ForeignWords()
    {
        try
        {
            return WordNetLexicon.LoadDefault().Knows;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static int English(Settings settings, TextWriter output)
    {
        if (settings.Name)
        {
            string phrase = string.Join(' ', settings.Words);
            output.WriteLine($"{phrase} -> {EnglishNameBase.BaseForm(phrase)}");
            return 0;
        }

        EnglishLemmatizer lemmatizer = EnglishLemmatizer.LoadDefault();
        foreach (string word in settings.Words)
        {
            output.WriteLine(word);
            List<Analysis> readings = lemmatizer.Analyze(word, settings.SentenceStart);
            if (readings.Count == 0)
            {
                output.WriteLine("  (no reading)");
            }

            foreach (Analysis reading in readings)
            {
                output.WriteLine(Line(reading));
            }
        }

        return 0;
    }

    /// <summary>The dictionary alone, as TSV lines "form, base, tag": every entry, or every reading of the forms of a file
    /// (one per line), exactly as written: for comparing the reader with Morfologik's own (eval/morfologik-oracle).</summary>
    private int Tabulate(Settings settings, TextWriter output, CancellationToken cancellationToken)
    {
        MorfologikLexicon lexicon = MorfologikLexicon.LoadDefault();
        if (settings.DumpEntries)
        {
            foreach ((string form, string lemma, string tag) in lexicon.Entries())
            {
                output.Write($"{form}\t{lemma}\t{tag}\n");
            }

            return 0;
        }

        if (!File.Exists(settings.AnalyzeFile))
        {
            _terminal.Fail($"{settings.AnalyzeFile}: no such file");
            return 1;
        }

        var buffer = new ReadingBuffer();
        foreach (string form in File.ReadLines(settings.AnalyzeFile!))
        {
            cancellationToken.ThrowIfCancellationRequested();
            buffer.Clear();
            lexicon.Analyze(form, buffer);
            for (int i = 0; i < buffer.Count; i++)
            {
                output.Write($"{form}\t{buffer.Lemma(i)}\t{buffer.Tag(i).Text}\n");
            }
        }

        return 0;
    }

    private static string Line(Analysis reading) => string.Create(CultureInfo.InvariantCulture,
        $"  {reading.Lemma,-24} {reading.Tag.Text,-40} {Source(reading.Source),-10} {reading.Confidence:0.00}");

    private static string Source(AnalysisSource source) => source switch
    {
        AnalysisSource.Dictionary => "dict",
        AnalysisSource.DictionaryRecased => "dict-case",
        AnalysisSource.Guesser => "guesser",
        AnalysisSource.Rules => "rules",
        _ => "identity",
    };

    private static string CaseName(GrammaticalCase grammaticalCase) => grammaticalCase switch
    {
        GrammaticalCase.Nominative => "nom",
        GrammaticalCase.Genitive => "gen",
        GrammaticalCase.Dative => "dat",
        GrammaticalCase.Accusative => "acc",
        GrammaticalCase.Instrumental => "inst",
        GrammaticalCase.Locative => "loc",
        GrammaticalCase.Vocative => "voc",
        _ => "-",
    };

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[WORD]")]
        [Description("Polish words to analyse (quote a multi-word name, or pass its words with --name)")]
        public string[] Words { get; init; } = [];

        [CommandOption("--lang <LANG>")]
        [Description("pl (the PoliMorf dictionary and guessers) or en (WordNet)")]
        [DefaultValue("pl")]
        public string Language { get; init; } = "pl";

        [CommandOption("--name")]
        [Description("Take the words as one name and print its base form (nominative with agreement) and the readings behind it")]
        public bool Name { get; init; }

        [CommandOption("--kind <KIND>")]
        [Description("With --name: unknown, person, place, organisation or adjective")]
        [DefaultValue("unknown")]
        public string Kind { get; init; } = "unknown";

        [CommandOption("--sentence-start")]
        [Description("The word starts a sentence: read its lower-case form first")]
        public bool SentenceStart { get; init; }

        [CommandOption("--dump-entries")]
        [Description("Print every entry of the dictionary as TSV (form, base, tag): millions of lines")]
        public bool DumpEntries { get; init; }

        [CommandOption("--analyze-file <FILE>")]
        [Description("Print the dictionary's readings of every form in FILE (one per line) as TSV (form, base, tag)")]
        public string? AnalyzeFile { get; init; }

        [CommandOption("--guesses <N>")]
        [Description("How many of the guesser's proposals to show")]
        [DefaultValue(6)]
        public int Guesses { get; init; } = 6;
    }
}
