using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Knowledge;
using Kronika.Nlp.Mentions.English;
using Kronika.Nlp.Mentions.Tagger;
using Kronika.Nlp.Morphology;
using Kronika.Nlp.Morphology.Polish;

namespace Kronika.Nlp.Mentions;

/// <summary>Finds the names in Polish text (persons, organisations, places, events, products), gives each its base
/// form, and joins the mentions of one entity within the document.</summary>
/// <remarks>
/// Names come from the tagger sentence by sentence (BIO labels of SlavicNER's types); a mention's base form from
/// <see cref="NameBaseForms"/> with its kind and the case a preceding preposition governs. Mentions of one entity are
/// those with the same base form (ignoring case), a person named by one word of a longer name already seen ("Putin"
/// after "Władimir Putin"), and names the knowledge base gives to one record ("Rosja", "Federacja Rosyjska"). An entity
/// whose base form names a knowledge-base record of a fitting kind gets its <c>kb:</c> key (places that are countries or
/// cities become GPEs); others keep <c>new:</c> keys derived from the base form.
/// Other languages pass through with empty layers. Immutable; safe from many threads.
/// </remarks>
public sealed class MentionStage : IStage
{
    private readonly NerTagger _tagger;
    private readonly NameBaseForms _baseForms;
    private readonly KnowledgeBase? _knowledge;

    /// <summary>A stage tagging with <paramref name="tagger"/>, finding base forms with <paramref name="baseForms"/> and
    /// linking to <paramref name="knowledge"/> when given.</summary>
    public MentionStage(NerTagger tagger, NameBaseForms baseForms, KnowledgeBase? knowledge = null)
    {
        _tagger = tagger;
        _baseForms = baseForms;
        _knowledge = knowledge;
    }

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

        (ImmutableArray<Mention> mentions, ImmutableArray<Entity> entities) = Link(found, _knowledge);
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
    private static (ImmutableArray<Mention>, ImmutableArray<Entity>) Link(List<(TextSpan Span, EntityType Type, string Base)> found, KnowledgeBase? knowledge)
    {
        var entities = new List<Entity>();
        var byBase = new Dictionary<(EntityType, string), int>();
        var byRecord = new Dictionary<string, int>(StringComparer.Ordinal);
        var mentions = ImmutableArray.CreateBuilder<Mention>(found.Count);
        foreach ((TextSpan span, EntityType foundType, string baseForm) in found)
        {
            string key = baseForm.ToLowerInvariant();
            EntityType type = foundType;
            if (!byBase.TryGetValue((foundType, key), out int entity))
            {
                KnowledgeEntity? record = knowledge is null || !IsWellFormed(baseForm) ? null : Record(knowledge, baseForm, foundType);
                if (record is not null && byRecord.TryGetValue(record.Id, out int known))
                {
                    entity = known;
                }
                else
                {
                    entity = record is null && foundType == EntityType.Per && !key.Contains(' ', StringComparison.Ordinal) ? FullerPerson(entities, key) : -1;
                    if (entity < 0)
                    {
                        entity = entities.Count;
                        entities.Add(record is null
                            ? new Entity(KeyOf(foundType, key), foundType, baseForm)
                            : new Entity("kb:" + record.Id, TypeOf(record, foundType), record.NamePl));
                        if (record is not null)
                        {
                            byRecord[record.Id] = entity;
                        }
                    }
                }

                byBase[(foundType, key)] = entity;
            }

            type = entities[entity].Type;
            mentions.Add(new Mention(span, type, baseForm, entity));
        }

        return (mentions.MoveToImmutable(), [.. entities]);
    }

    /// <summary>The knowledge-base record <paramref name="baseForm"/> names with a kind that fits <paramref name="type"/>
    /// (a person, an organisation, a country or city for a place); null when none does or several different ones do.</summary>
    private static KnowledgeEntity? Record(KnowledgeBase knowledge, string baseForm, EntityType type)
    {
        KnowledgeEntity? chosen = null;
        foreach (NameMatch match in knowledge.Find(baseForm))
        {
            bool fits = type switch
            {
                EntityType.Per => match.Entity.Kind == EntityKind.Person,
                EntityType.Org => match.Entity.Kind == EntityKind.Organization,
                EntityType.Loc or EntityType.Gpe => match.Entity.Kind is EntityKind.Country or EntityKind.City,
                _ => false,
            };
            if (!fits || chosen?.Id == match.Entity.Id)
            {
                continue;
            }

            if (chosen is not null)
            {
                // Two different records share the name (two cities called Victoria): no link on a guess, unless a
                // country outranks cities (matches come countries first).
                return chosen.Kind == EntityKind.Country && match.Entity.Kind == EntityKind.City ? chosen : null;
            }

            chosen = match.Entity;
        }

        return chosen;
    }

    /// <summary>False for text with a lone surrogate (hostile or broken input), which Unicode normalisation in the
    /// knowledge base's name keys cannot take.</summary>
    private static bool IsWellFormed(string text)
    {
        for (int index = 0; index < text.Length; index++)
        {
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
            }
            else if (char.IsSurrogate(text[index]))
            {
                return false;
            }
        }

        return true;
    }

    private static EntityType TypeOf(KnowledgeEntity record, EntityType found) =>
        record.Kind is EntityKind.Country or EntityKind.City ? EntityType.Gpe : found;

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
