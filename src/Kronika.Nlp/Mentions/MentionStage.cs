using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp.Mentions.Tagger;
using Kronika.Nlp.Morphology;
using Kronika.Nlp.Morphology.Polish;

namespace Kronika.Nlp.Mentions;

/// <summary>Finds the names in Polish text (persons, organisations, places, events, products), gives each its base
/// form, and joins the mentions of one entity within the document.</summary>
/// <remarks>
/// Names come from the tagger sentence by sentence (BIO labels of SlavicNER's types); a mention's base form from
/// <see cref="NameBaseForms"/> with its kind and the case a preceding preposition governs. Mentions of one entity are
/// those with the same base form (ignoring case), and a person named by one word of a longer name already seen
/// ("Putin" after "Władimir Putin"). Until linking to the knowledge base, entities have <c>new:</c> keys.
/// Other languages pass through with empty layers. Immutable; safe from many threads.
/// </remarks>
public sealed class MentionStage : IStage
{
    private readonly NerTagger _tagger;
    private readonly NameBaseForms _baseForms;

    /// <summary>A stage tagging with <paramref name="tagger"/> and finding base forms with <paramref name="baseForms"/>.</summary>
    public MentionStage(NerTagger tagger, NameBaseForms baseForms)
    {
        _tagger = tagger;
        _baseForms = baseForms;
    }

    /// <inheritdoc/>
    public string Name => "mentions";

    /// <inheritdoc/>
    public Layers Requires => Layers.Text | Layers.Language | Layers.Tokens | Layers.Sentences;

    /// <inheritdoc/>
    public Layers Produces => Layers.Mentions | Layers.Entities;

    /// <inheritdoc/>
    public Document Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Rejection is not null || document.Language != "pl")
        {
            return document;
        }

        var found = new List<(TextSpan Span, EntityType Type, string Base)>();
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
                found.Add((span, TypeOf(type), baseForm));
            }
        }

        (ImmutableArray<Mention> mentions, ImmutableArray<Entity> entities) = Link(found);
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

    /// <summary>Joins the mentions of one entity: same type and base form (case ignored), or a person's single name that
    /// is the last or first word of a fuller name of a person already mentioned.</summary>
    private static (ImmutableArray<Mention>, ImmutableArray<Entity>) Link(List<(TextSpan Span, EntityType Type, string Base)> found)
    {
        var entities = new List<Entity>();
        var byBase = new Dictionary<(EntityType, string), int>();
        var mentions = ImmutableArray.CreateBuilder<Mention>(found.Count);
        foreach ((TextSpan span, EntityType type, string baseForm) in found)
        {
            string key = baseForm.ToLowerInvariant();
            if (!byBase.TryGetValue((type, key), out int entity))
            {
                entity = type == EntityType.Per && !key.Contains(' ', StringComparison.Ordinal) ? FullerPerson(entities, key) : -1;
                if (entity < 0)
                {
                    entity = entities.Count;
                    entities.Add(new Entity(KeyOf(type, key), type, baseForm));
                }

                byBase[(type, key)] = entity;
            }

            mentions.Add(new Mention(span, type, baseForm, entity));
        }

        return (mentions.MoveToImmutable(), [.. entities]);
    }

    private static int FullerPerson(List<Entity> entities, string word)
    {
        for (int index = entities.Count - 1; index >= 0; index--)
        {
            Entity entity = entities[index];
            if (entity.Type != EntityType.Per)
            {
                continue;
            }

            string[] parts = entity.Name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1 && (parts[^1] == word || parts[0] == word))
            {
                return index;
            }
        }

        return -1;
    }

    private static string KeyOf(EntityType type, string baseForm) =>
        "new:" + type.ToString().ToLowerInvariant() + ":" + string.Join('-', baseForm.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
