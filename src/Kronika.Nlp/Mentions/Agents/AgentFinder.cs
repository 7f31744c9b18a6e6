using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Knowledge;

namespace Kronika.Nlp.Mentions.Agents;

/// <summary>Adds the actors news names without a proper name ("policja", "brytyjski rząd", "piloci Ryanaira",
/// "Hungarian officials", "the government of Hungary") to a document's mentions and entities.</summary>
/// <remarks>
/// Runs after a language's names are found. An agent phrase is a head noun of the lexicon (by the morphology layer's
/// lemma) with the state of a country adjective before it and a state or organisation mention after it (Polish: in the
/// genitive; English: "of" X). English takes the last of several agent nouns as the head ("police officers"). Its
/// mention never overlaps an existing one, only contains it whole ("rząd Wielkiej Brytanii" holds "Wielkiej Brytanii").
/// One entity per (head, state or organisation) per document, keyed <c>new:agent/head[/ISO3 or organisation]</c>; a
/// government, legislature, military, police or officials agent with a state acts for the state's entity. Immutable;
/// safe from many threads.
/// </remarks>
internal sealed class AgentFinder
{
    private readonly KnowledgeBase? _knowledge;
    private readonly Dictionary<string, Country> _adjectives = new(StringComparer.Ordinal);

    /// <summary>A finder reading country adjectives from <paramref name="knowledge"/>; without it only adjectives the
    /// names already link to a state count.</summary>
    public AgentFinder(KnowledgeBase? knowledge)
    {
        _knowledge = knowledge;
        foreach (Country country in knowledge?.Countries ?? [])
        {
            foreach (string adjective in new[] { country.AdjectivePl, country.AdjectiveEn })
            {
                if (adjective.Length > 0)
                {
                    _adjectives.TryAdd(adjective.ToLowerInvariant(), country);
                }
            }
        }
    }

    /// <summary>The document's mentions and entities with its agents added, mentions in text order.</summary>
    public (ImmutableArray<Mention> Mentions, ImmutableArray<Entity> Entities) Add(Document document, ImmutableArray<Mention> mentions, ImmutableArray<Entity> entities)
    {
        AgentLexicon? lexicon = document.Language switch
        {
            "pl" => AgentLexicon.Polish,
            "en" => AgentLexicon.English,
            _ => null,
        };
        if (lexicon is null || document.Tokens.IsEmpty)
        {
            return (mentions, entities);
        }

        var run = new Run(this, document, lexicon, mentions, entities);
        return run.Find();
    }

    private sealed class Run(AgentFinder finder, Document document, AgentLexicon lexicon, ImmutableArray<Mention> mentions, ImmutableArray<Entity> entities)
    {
        private readonly List<Entity> _entities = [.. entities];
        private readonly List<Mention> _added = [];
        private readonly Dictionary<string, int> _byKey = entities.Select(static (entity, index) => (entity.Key, index))
            .GroupBy(static pair => pair.Key, StringComparer.Ordinal).ToDictionary(static group => group.Key, static group => group.First().index, StringComparer.Ordinal);

        /// <summary>Per token, the index of the existing mention covering it, or -1.</summary>
        private readonly int[] _cover = Cover(document, mentions);

        private bool English => document.Language == "en";

        public (ImmutableArray<Mention>, ImmutableArray<Entity>) Find()
        {
            foreach (Sentence sentence in document.Sentences)
            {
                for (int head = sentence.FirstToken; head < sentence.EndToken; head++)
                {
                    if (_cover[head] >= 0 || Word(head) is not { } word)
                    {
                        continue;
                    }

                    int first = head;
                    while (English && head + 1 < sentence.EndToken && _cover[head + 1] < 0 && Word(head + 1) is { } next)
                    {
                        (head, word) = (head + 1, next);
                    }

                    head = AddAgent(sentence, first, head, word);
                }
            }

            if (_added.Count == 0)
            {
                return (mentions, entities);
            }

            // Stable: an agent goes before a name it contains that starts with it ("Hungarian officials", "Hungarian").
            ImmutableArray<Mention> all = [.. _added.Concat(mentions).OrderBy(static mention => mention.Span.Start)];
            return (all, [.. _entities]);
        }

        /// <summary>Adds the agent whose head words are [<paramref name="first"/>, <paramref name="head"/>]; returns the
        /// last token it takes.</summary>
        private int AddAgent(Sentence sentence, int first, int head, AgentWord word)
        {
            int start = first;
            Country? state = null;
            if (first > sentence.FirstToken && Adjective(first - 1) is { } adjective)
            {
                (state, start) = (adjective, first - 1);
            }

            // A name before an English agent owns the phrase ("Ivory Coast rebels"): the name stays the actor.
            if (English && start == first && first > sentence.FirstToken && _cover[first - 1] >= 0)
            {
                return head;
            }

            int end = head + 1;
            Entity? owner = null;
            if (After(head + 1, sentence.EndToken) is (int ownerEnd, Mention ownerMention) && finder.StateOrOrganisation(_entities[ownerMention.Entity]) is var (ownerState, organisation)
                && (state is null || ownerState?.Alpha3 == state.Alpha3))
            {
                end = ownerEnd;
                state = ownerState ?? state;
                owner = organisation;
            }

            string key = "new:agent/" + word.Base + (owner is not null ? "/" + KeyTail(owner.Key) : state is not null ? "/" + state.Alpha3 : "");
            string name = NameOf(start, first, head, end, word, state);
            if (!_byKey.TryGetValue(key, out int entity))
            {
                _entities.Add(new Entity(key, EntityType.Org, name, state?.Alpha3 ?? owner?.Country));
                entity = _byKey[key] = _entities.Count - 1;
            }

            int? actsFor = owner is null && state is not null && AgentLexicon.ActsForState(word.Sector) ? StateEntity(state) : null;
            var span = new TextSpan(document.Tokens[start].Span.Start, document.Tokens[end - 1].Span.End);
            _added.Add(new Mention(span, EntityType.Org, name, entity, MentionVia.Role, actsFor));
            return end - 1;
        }

        /// <summary>The agent word a token is: its chosen reading's lemma when that is a noun, else its written form.</summary>
        private AgentWord? Word(int token)
        {
            string text = document.Tokens[token].Span.ToString(document.Text);
            if (text.Length == 0 || !char.IsLetter(text[0]))
            {
                return null;
            }

            Analysis? best = document.Morphology.Length == document.Tokens.Length ? document.Morphology[token].Best : null;
            if (best is not null && best.Tag.PartOfSpeech == PartOfSpeech.Noun && lexicon.Find(best.Lemma) is { } byLemma)
            {
                return byLemma;
            }

            // An English adjective or verb reading ("official protest", "military aid") names no agent; Polish
            // participles ("protestujący") are listed by form.
            return English && best is not null && best.Tag.PartOfSpeech != PartOfSpeech.Noun ? null : lexicon.Find(text);
        }

        /// <summary>The state a word before the head names: a mention of one word acting for or naming a state
        /// ("Hungarian"), or a country adjective by lemma ("brytyjskiego" → "brytyjski").</summary>
        private Country? Adjective(int token)
        {
            if (_cover[token] >= 0)
            {
                Mention mention = mentions[_cover[token]];
                bool whole = mention.Span == document.Tokens[token].Span;
                Entity named = _entities[mention.ActsFor ?? mention.Entity];
                return whole && mention.Type == EntityType.Gpe || whole && mention.Via == MentionVia.Demonym
                    ? finder.StateOrOrganisation(named) is (Country country, null) ? country : null
                    : null;
            }

            if (document.Morphology.Length != document.Tokens.Length || document.Morphology[token].Best is not { } best
                || best.Tag.PartOfSpeech != PartOfSpeech.Adjective)
            {
                return null;
            }

            return finder._adjectives.GetValueOrDefault(best.Lemma.ToLowerInvariant());
        }

        /// <summary>The mention that owns the agent right after its head: Polish a genitive name, English "of (the)" a
        /// name; its end token and the mention.</summary>
        private (int End, Mention Mention)? After(int token, int sentenceEnd)
        {
            if (English && token < sentenceEnd && document.Tokens[token].Span.ToString(document.Text) == "of")
            {
                token++;
                if (token < sentenceEnd && document.Tokens[token].Span.ToString(document.Text) == "the")
                {
                    token++;
                }
            }
            else if (English)
            {
                return null;
            }

            if (token >= sentenceEnd || _cover[token] < 0)
            {
                return null;
            }

            Mention mention = mentions[_cover[token]];
            if (mention.Span.Start != document.Tokens[token].Span.Start || mention.Type is not (EntityType.Gpe or EntityType.Org) || !English && !Genitive(token))
            {
                return null;
            }

            int end = token;
            while (end < sentenceEnd && document.Tokens[end].Span.Start < mention.Span.End)
            {
                end++;
            }

            return (end, mention);
        }

        private bool Genitive(int token) =>
            document.Morphology.Length != document.Tokens.Length || document.Morphology[token].Analyses.IsEmpty
            || document.Morphology[token].Analyses.Any(static reading => reading.Tag.Case == GrammaticalCase.None || reading.Tag.Case.HasFlag(GrammaticalCase.Genitive));

        /// <summary>The phrase's base form: the head's base and the state's adjective, the owner as written
        /// ("brytyjski rząd", "rząd Wielkiej Brytanii", "Hungarian officials").</summary>
        private string NameOf(int start, int first, int head, int end, AgentWord word, Country? state)
        {
            if (English)
            {
                return Text(start, end);
            }

            string headForm = Text(first, head + 1);
            bool baseForm = string.Equals(headForm, word.Base, StringComparison.OrdinalIgnoreCase);
            string adjective = start < first ? baseForm ? Text(start, first) : state?.AdjectivePl ?? "" : "";
            string phrase = string.Join(' ', new[] { adjective, baseForm ? headForm.ToLowerInvariant() : word.Base, Text(head + 1, end) }.Where(static part => part.Length > 0));
            return phrase;
        }

        private string Text(int first, int end) =>
            first >= end ? "" : document.Text[document.Tokens[first].Span.Start..document.Tokens[end - 1].Span.End].ReplaceLineEndings(" ");

        private int StateEntity(Country state)
        {
            string key = "kb:" + state.Id;
            if (_byKey.TryGetValue(key, out int known))
            {
                return known;
            }

            string name = English || state.NamePl.Length == 0 ? state.NameEn : state.NamePl;
            _entities.Add(new Entity(key, EntityType.Gpe, name, state.Alpha3, state.NameEn, state.Wikidata));
            return _byKey[key] = _entities.Count - 1;
        }

        private static string KeyTail(string key) => key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..];

        private static int[] Cover(Document document, ImmutableArray<Mention> mentions)
        {
            int[] cover = new int[document.Tokens.Length];
            Array.Fill(cover, -1);
            for (int index = 0; index < mentions.Length; index++)
            {
                TextSpan span = mentions[index].Span;
                int low = 0, high = cover.Length;
                while (low < high)
                {
                    int middle = (low + high) / 2;
                    (low, high) = document.Tokens[middle].Span.End <= span.Start ? (middle + 1, high) : (low, middle);
                }

                for (int token = low; token < cover.Length && document.Tokens[token].Span.Start < span.End; token++)
                {
                    cover[token] = cover[token] < 0 ? index : cover[token];
                }
            }

            return cover;
        }
    }

    /// <summary>The state (a <c>kb:country/</c> entity, or one naming a state by its code) or the organisation an
    /// entity is; null when it is neither.</summary>
    private (Country? State, Entity? Organisation)? StateOrOrganisation(Entity entity)
    {
        if (entity.Type == EntityType.Org)
        {
            return (null, entity);
        }

        if (entity.Type == EntityType.Gpe && entity.Key.StartsWith("kb:country/", StringComparison.Ordinal) && entity.Country is { } code
            && _knowledge?.CountryByCode(code) is { } country)
        {
            return (country, null);
        }

        return null;
    }
}
