using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Knowledge;
using Kronika.Nlp.Mentions.Agents;
using Kronika.Nlp.Mentions.English;
using Kronika.Nlp.Mentions.Tagger;
using Kronika.Nlp.Morphology;
using Kronika.Nlp.Morphology.Polish;

namespace Kronika.Nlp.Mentions;

/// <summary>Finds the names in Polish text (persons, organisations, places, events, products), gives each its base
/// form, and joins the mentions of one entity within the document.</summary>
/// <remarks>
/// Names come from the tagger sentence by sentence (BIO labels of SlavicNER's types); a mention's base form from
/// <see cref="NameBaseForms"/> with its kind and the case a preceding preposition governs. <see cref="MentionLinker"/>
/// joins them into entities (same base form, a surname after the full name, the names of one knowledge-base record with
/// its <c>kb:</c> key, country, English name and Wikidata id) and adds the mentions that are not names: role phrases
/// ("prezydent Rosji"), demonyms ("Rosjanie"), capitals and seats acting for their government ("Mińsk", "Kreml").
/// Other languages pass through with empty layers. Immutable; safe from many threads.
/// </remarks>
public sealed class MentionStage : IStage
{
    private readonly NerTagger _tagger;
    private readonly NameBaseForms _baseForms;
    private readonly MentionLinker _linker;

    /// <summary>A stage tagging with <paramref name="tagger"/>, finding base forms with <paramref name="baseForms"/> and
    /// linking to <paramref name="knowledge"/> when given.</summary>
    public MentionStage(NerTagger tagger, NameBaseForms baseForms, KnowledgeBase? knowledge = null)
    {
        _tagger = tagger;
        _baseForms = baseForms;
        _linker = new MentionLinker(knowledge, RoleLexicon.Polish);
        _agents = new AgentFinder(knowledge);
    }

    /// <summary>Adds the unnamed actors ("policja", "brytyjski rząd", "Hungarian officials") after the names.</summary>
    private readonly AgentFinder _agents;

    /// <inheritdoc/>
    public string Name => "mentions";

    /// <summary>English documents take their names from the knowledge base's English names (Mentions/English).</summary>
    private readonly EnglishMentionFinder _english = EnglishMentionFinder.Default;

    /// <inheritdoc/>
    public Layers Requires => Layers.Text | Layers.Language | Layers.Tokens | Layers.Sentences;

    /// <inheritdoc/>
    public Layers Produces => Layers.Mentions | Layers.Entities;

    /// <inheritdoc/>
    public Document Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Rejection is null && document.Language == "en")
        {
            (ImmutableArray<Mention> english, ImmutableArray<Entity> named) = _english.Find(document, cancellationToken);
            return document with { Mentions = english, Entities = named };
        }

        if (document.Rejection is not null || document.Language != "pl")
        {
            return document;
        }

        var found = new List<FoundName>();
        var words = new List<string>();
        foreach (Sentence sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            words.Clear();
            for (int index = sentence.FirstToken; index < sentence.EndToken; index++)
            {
                words.Add(document.Tokens[index].Span.ToString(document.Text));
            }

            string[] labels = _tagger.Tag(words);
            foreach ((int first, int end, string type) in Spans(labels))
            {
                var span = new TextSpan(document.Tokens[sentence.FirstToken + first].Span.Start, document.Tokens[sentence.FirstToken + end - 1].Span.End);
                string phrase = span.ToString(document.Text);
                string baseForm = _baseForms.BaseForm(phrase, NameKinds.Of(type), GovernedCases.Before(document, span.Start));
                found.Add(new FoundName(span, TypeOf(type), baseForm, sentence.FirstToken + first, sentence.FirstToken + end));
            }
        }

        (ImmutableArray<Mention> mentions, ImmutableArray<Entity> entities) = _linker.Link(document, found);
        (mentions, entities) = _agents.Add(document, mentions, entities);
        return document with { Mentions = mentions, Entities = entities };
    }

    /// <summary>Mentions (first token, end token, type) of a BIO label sequence; an I- label continues only a mention of its type.</summary>
    internal static IEnumerable<(int First, int End, string Type)> Spans(IReadOnlyList<string> labels)
    {
        int start = -1;
        string? type = null;
        for (int index = 0; index <= labels.Count; index++)
        {
            string label = index < labels.Count ? labels[index] : "O";
            bool continues = type is not null && label.Length > 2 && label[0] == 'I' && label.AsSpan(2).SequenceEqual(type);
            if (continues)
            {
                continue;
            }

            if (type is not null)
            {
                yield return (start, index, type);
                type = null;
            }

            if (label.Length > 2 && label[0] is 'B' or 'I')
            {
                start = index;
                type = label[2..];
            }
        }
    }

    private static EntityType TypeOf(string type) => type switch
    {
        "PER" => EntityType.Per,
        "ORG" => EntityType.Org,
        "GPE" => EntityType.Gpe,
        "FAC" => EntityType.Fac,
        "EVT" => EntityType.Evt,
        "PRO" => EntityType.Pro,
        _ => EntityType.Loc,
    };
}
