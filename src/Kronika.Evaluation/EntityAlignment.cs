using Kronika.Contract;

namespace Kronika.Evaluation;

/// <summary>Which gold entity each output entity stands for, and which gold actors it may fill in events
/// (FORMAT.md, "Matching rules" 2 and 3).</summary>
internal sealed class EntityAlignment
{
    private readonly GoldArticle _gold;
    private readonly Dictionary<string, EntityRecord> _outputById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GoldEntity> _goldByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GoldEntity?> _aligned = new(StringComparer.Ordinal);

    public EntityAlignment(GoldArticle gold, AnalysisRecord output)
    {
        _gold = gold;
        foreach (GoldEntity entity in gold.Entities)
        {
            _goldByKey.TryAdd(entity.Key, entity);
        }

        foreach (EntityRecord entity in output.Entities)
        {
            _outputById.TryAdd(entity.Id, entity);
        }

        foreach (EntityRecord entity in _outputById.Values)
        {
            _aligned[entity.Id] = Align(entity);
        }
    }

    /// <summary>The output entities aligned with <paramref name="gold"/>.</summary>
    public IEnumerable<EntityRecord> OutputsOf(GoldEntity gold) =>
        _outputById.Values.Where(entity => ReferenceEquals(_aligned[entity.Id], gold));

    /// <summary>The gold key of the output entity <paramref name="id"/>, or null when it is unknown or aligned with nothing.</summary>
    public string? KeyOf(string? id) => id is not null && _aligned.TryGetValue(id, out GoldEntity? gold) ? gold?.Key : null;

    /// <summary>Every gold key the output entity <paramref name="id"/> may fill as an event actor: its aligned entity, the actor
    /// that entity acts for in the gold, the aligned actors its mentions act for, and, for a person, the gold states of
    /// the person's country.</summary>
    public HashSet<string> ActorKeysOf(string id)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (!_outputById.TryGetValue(id, out EntityRecord? entity))
        {
            return keys;
        }

        GoldEntity? aligned = _aligned[id];
        if (aligned is not null)
        {
            keys.Add(aligned.Key);
            if (aligned.ActsFor is not null)
            {
                keys.Add(aligned.ActsFor);
            }
        }

        foreach (MentionRecord mention in entity.Mentions)
        {
            if (KeyOf(mention.ActsFor) is { } actor)
            {
                keys.Add(actor);
            }
        }

        bool person = string.Equals(entity.Type, "PER", StringComparison.Ordinal) || string.Equals(aligned?.Type, "PER", StringComparison.Ordinal);
        string? country = entity.Country ?? aligned?.Country;
        if (person && country is not null)
        {
            // A state is a GPE of that country that stands for nobody else: a capital that acts for its state is not one.
            foreach (GoldEntity state in _gold.Entities)
            {
                if (string.Equals(state.Type, "GPE", StringComparison.Ordinal) && state.ActsFor is null
                    && string.Equals(state.Country, country, StringComparison.OrdinalIgnoreCase))
                {
                    keys.Add(state.Key);
                }
            }
        }

        return keys;
    }

    private GoldEntity? Align(EntityRecord entity)
    {
        if (entity.Wikidata is not null)
        {
            foreach (GoldEntity gold in _gold.Entities)
            {
                if (string.Equals(gold.Wikidata, entity.Wikidata, StringComparison.OrdinalIgnoreCase))
                {
                    return gold;
                }
            }
        }

        var names = new HashSet<string>(StringComparer.Ordinal) { GoldText.NameKey(entity.Name) };
        foreach (string name in entity.Names.Values)
        {
            names.Add(GoldText.NameKey(name));
        }

        foreach (GoldEntity gold in _gold.Entities)
        {
            foreach (string name in gold.Names)
            {
                if (names.Contains(GoldText.NameKey(name)))
                {
                    return gold;
                }
            }
        }

        return ByMentions(entity);
    }

    // No name in common: the gold entity whose mention strings this entity claims most; the first in gold order on a tie.
    private GoldEntity? ByMentions(EntityRecord entity)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (MentionRecord mention in entity.Mentions)
        {
            texts.Add(GoldText.Normalize(mention.Text));
        }

        GoldEntity? best = null;
        int bestCount = 0;
        foreach (GoldEntity gold in _gold.Entities)
        {
            int count = gold.Mentions.Select(GoldText.Normalize).Distinct(StringComparer.Ordinal).Count(texts.Contains);
            if (count > bestCount)
            {
                (best, bestCount) = (gold, count);
            }
        }

        return best;
    }
}
