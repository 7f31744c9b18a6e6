using System.Collections.Immutable;
using System.Globalization;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Knowledge;
using Kronika.Nlp.Morphology;

namespace Kronika.Nlp.Mentions;

/// <summary>A name the tagger found: where, its type, its base form and its tokens [first, end).</summary>
internal readonly record struct FoundName(TextSpan Span, EntityType Type, string Base, int FirstToken, int EndToken);

/// <summary>Joins the Polish names of one document into entities and adds the mentions that are not names: role phrases,
/// demonyms, and places standing for their government.</summary>
/// <remarks>
/// Names: same type and base form (case ignored); names of one knowledge-base record; a person's single name that is a
/// word of a fuller name already seen, inflected or not ("Kima" after "Kim Dzong Un", via Coreference). A record's
/// alias or abbreviation is via Alias. A demonym ("Rosjanie", "Brytyjczyków") is a PER mention of its state, as
/// SlavicNER marks it (via Demonym); two states sharing one (Koreańczycy) take the one the document names.
/// A capital or seat of power the knowledge base says stands for an actor ("Mińska", "Kreml", "Bruksela") names the
/// place and acts for that actor (via Metonymy), unless a preposition makes it the place of something ("w Moskwie",
/// "do Moskwy"; "z Moskwą" and "między Moskwą a Pekinem" still act).
/// Role phrases (<see cref="RoleLexicon"/>): an office with its state as an adjective before it or a name after it
/// ("rosyjski władca", "prezydenta Rosji", "szef MSZ Rosji", "samozwańczy prezydent Białorusi") link to, in order: the
/// person named right after it ("premier Wielkiej Brytanii Theresa May"); the one person of the knowledge base the
/// document names who holds (on the article's date, or ever when it has none) that office of that state; the one
/// holder the knowledge base gives for the article's date. Otherwise the phrase names the office's holder left unnamed,
/// one entity per office and state (<c>new:office:head_of_state:blr</c>): never a person on a guess. A phrase after
/// "były", "ówczesny" names someone else and is left out; "polityk" links only to the one politician of that state the
/// document names.
/// </remarks>
internal sealed partial class MentionLinker
{
    private static readonly string[] _endings = ["owi", "ach", "ami", "em", "ie", "om", "ów", "a", "u", "y", "i", "ą", "ę", "e"];
    private readonly KnowledgeBase? _knowledge;
    private readonly RoleLexicon _roles;

    public MentionLinker(KnowledgeBase? knowledge, RoleLexicon roles)
    {
        _knowledge = knowledge;
        _roles = roles;
    }

    /// <summary>The mentions (in text order; a role phrase before the names inside it) and entities (in order of first
    /// mention) of <paramref name="found"/> in <paramref name="document"/>.</summary>
    public (ImmutableArray<Mention> Mentions, ImmutableArray<Entity> Entities) Link(Document document, IReadOnlyList<FoundName> found)
    {
        var run = new Run(document, _knowledge, _roles);
        return run.Link(found);
    }

    /// <summary>The state of one document's linking.</summary>
    private sealed partial class Run
    {
        private readonly Document _document;
        private readonly KnowledgeBase? _knowledge;
        private readonly RoleLexicon _roles;
        private readonly DateOnly? _date;
        private readonly List<Entity> _entities = [];
        private readonly List<KnowledgeEntity?> _records = [];
        private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
        private readonly Dictionary<(EntityType, string), (int Entity, NameRole? Role)> _byBase = [];
        private readonly List<Mention> _mentions = [];
        private readonly HashSet<string> _present = new(StringComparer.Ordinal);

        public Run(Document document, KnowledgeBase? knowledge, RoleLexicon roles)
        {
            _document = document;
            _knowledge = knowledge;
            _roles = roles;
            string? published = document.Metadata.Published;
            _date = published is { Length: >= 10 } && DateOnly.TryParseExact(published.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
                ? date : null;
        }

        public (ImmutableArray<Mention>, ImmutableArray<Entity>) Link(IReadOnlyList<FoundName> tagged)
        {
            List<FoundName> names = [.. tagged.Where(name => !IsBareAdjective(name))];
            names.AddRange(Demonyms(names));
            names.AddRange(KnownPeople(names));
            List<RoleShape> shapes = _knowledge is null ? [] : RoleShapes(names);
            names.RemoveAll(name => shapes.Any(shape => shape.First <= name.FirstToken && name.EndToken <= shape.Head));
            names.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
            foreach (FoundName name in names)
            {
                if (Candidates(name).Select(record => record.Id).Distinct(StringComparer.Ordinal).ToList() is [string only])
                {
                    _present.Add(only);
                }
            }

            var byToken = new Dictionary<int, int>();
            foreach (FoundName name in names)
            {
                byToken[name.FirstToken] = _mentions.Count;
                _mentions.Add(LinkName(name));
            }

            foreach (RoleShape shape in shapes)
            {
                if (ResolveRole(shape, names, byToken) is { } mention)
                {
                    _mentions.Add(mention);
                }
            }

            return Ordered();
        }

        // SlavicNER marks no bare adjective ("rosyjskiej gospodarki"); the tagger sometimes does.
        private bool IsBareAdjective(FoundName name)
        {
            if (_knowledge is null || name.EndToken - name.FirstToken != 1 || !char.IsLower(_document.Text[name.Span.Start]))
            {
                return false;
            }

            return Lemmas(name.FirstToken).Any(lemma => CountryNamed(lemma, NameRole.Adjective) is not null);
        }

        // Capitalised words the tagger left that are a state's demonym ("Rosjanie", "Koreańczycy").
        private IEnumerable<FoundName> Demonyms(List<FoundName> names)
        {
            if (_knowledge is null)
            {
                yield break;
            }

            var covered = new bool[_document.Tokens.Length];
            foreach (FoundName name in names)
            {
                for (int index = name.FirstToken; index < name.EndToken; index++)
                {
                    covered[index] = true;
                }
            }

            for (int index = 0; index < _document.Tokens.Length; index++)
            {
                TextSpan span = _document.Tokens[index].Span;
                if (covered[index] || !char.IsUpper(_document.Text[span.Start]))
                {
                    continue;
                }

                foreach (string lemma in Lemmas(index))
                {
                    if (char.IsUpper(lemma[0]) && CountryNamed(lemma, NameRole.Demonym) is not null)
                    {
                        yield return new FoundName(span, EntityType.Per, lemma, index, index + 1);
                        break;
                    }
                }
            }
        }

        // The knowledge base's people the tagger missed: two to four capitalised words that are a person's Polish name,
        // each maybe with a case ending ("z Kim Dzong Unem").
        private IEnumerable<FoundName> KnownPeople(List<FoundName> names)
        {
            if (_knowledge is null)
            {
                yield break;
            }

            var covered = new bool[_document.Tokens.Length];
            foreach (FoundName name in names)
            {
                for (int index = name.FirstToken; index < name.EndToken; index++)
                {
                    covered[index] = true;
                }
            }

            for (int first = 0; first < _document.Tokens.Length; first++)
            {
                for (int end = Math.Min(_document.Tokens.Length, first + 4); end >= first + 2; end--)
                {
                    if (!Enumerable.Range(first, end - first).All(index => !covered[index] && char.IsUpper(_document.Text[_document.Tokens[index].Span.Start])
                        && (index == first || _document.Tokens[index].Span.Start == _document.Tokens[index - 1].Span.End + 1)))
                    {
                        continue;
                    }

                    var span = new TextSpan(_document.Tokens[first].Span.Start, _document.Tokens[end - 1].Span.End);
                    if (InflectedPerson(span.ToString(_document.Text)).Select(match => match.Entity).Distinct().ToList() is [Person person])
                    {
                        yield return new FoundName(span, EntityType.Per, person.NamePl, first, end);
                        first = end - 1;
                        break;
                    }
                }
            }
        }

        private Mention LinkName(FoundName name)
        {
            string key = name.Base.ToLowerInvariant();
            if (_byBase.TryGetValue((name.Type, key), out (int Entity, NameRole? Role) known))
            {
                return Named(name, known.Entity, known.Role, coreference: false);
            }

            (KnowledgeEntity? record, NameRole? role) = Record(name);
            int entity;
            bool coreference = false;
            if (record is not null)
            {
                bool seen = _byKey.ContainsKey("kb:" + record.Id);
                entity = EntityOf(record);
                coreference = seen && role == NameRole.Surname;
            }
            else
            {
                entity = name.Type == EntityType.Per && !key.Contains(' ', StringComparison.Ordinal) ? FullerPerson(name) : -1;
                coreference = entity >= 0;
                if (entity < 0)
                {
                    entity = Add(KeyOf(name.Type, key), new Entity(KeyOf(name.Type, key), name.Type, name.Base), null);
                }
            }

            _byBase[(name.Type, key)] = (entity, role);
            return Named(name, entity, role, coreference);
        }

        private Mention Named(FoundName name, int entity, NameRole? role, bool coreference)
        {
            KnowledgeEntity? record = _records[entity];
            if (role == NameRole.Demonym && record is Country country)
            {
                string demonym = IsPlural(name) && country.DemonymPlPlural.Length > 0 ? country.DemonymPlPlural : country.DemonymPl;
                return new Mention(name.Span, EntityType.Per, demonym.Length > 0 ? demonym : name.Base, entity, MentionVia.Demonym);
            }

            EntityType type = _entities[entity].Type;
            if (record is City or Seat && _knowledge!.ActorOf(record) is { } actor && Acts(name))
            {
                return new Mention(name.Span, type, name.Base, entity, MentionVia.Metonymy, EntityOf(actor));
            }

            MentionVia via = coreference ? MentionVia.Coreference : role is NameRole.Alias or NameRole.Abbreviation ? MentionVia.Alias : MentionVia.Name;
            return new Mention(name.Span, type, name.Base, entity, via);
        }

        // A place acts unless a preposition makes it the place of something; "z", "ze" and "między" with the
        // instrumental join it to another actor ("współpraca z Mińskiem").
        private bool Acts(FoundName name)
        {
            if (name.FirstToken == 0 || _document.Morphology.IsEmpty || GovernedCases.Before(_document, name.Span.Start) == GrammaticalCase.None)
            {
                return true;
            }

            string preposition = _document.Tokens[name.FirstToken - 1].Span.ToString(_document.Text).ToLowerInvariant();
            TokenMorphology morphology = _document.Morphology[name.EndToken - 1];
            bool instrumental = morphology.Analyses.Any(reading => reading.Tag.AllowsCase(GrammaticalCase.Instrumental))
                && !morphology.Analyses.Any(reading => reading.Tag.AllowsCase(GrammaticalCase.Genitive));
            return preposition is "z" or "ze" or "między" && instrumental;
        }

        /// <summary>The record a name names, with the role of the name that matched: its base form, else the text as
        /// written (a nominative the base form missed), else for a one-word name a lemma; among several records of
        /// fitting kinds the one the document names elsewhere, a country before cities; null when still ambiguous.</summary>
        private (KnowledgeEntity?, NameRole?) Record(FoundName name)
        {
            foreach ((KnowledgeEntity? record, NameRole? role) in Lookups(name).Select(Choose))
            {
                if (record is not null)
                {
                    return (record, role);
                }
            }

            return (null, null);
        }

        private IEnumerable<KnowledgeEntity> Candidates(FoundName name) =>
            Lookups(name).SelectMany(matches => matches).Select(match => match.Entity);

        private IEnumerable<List<NameMatch>> Lookups(FoundName name)
        {
            if (_knowledge is null)
            {
                yield break;
            }

            var tried = new HashSet<string>(StringComparer.Ordinal);
            string surface = name.Span.ToString(_document.Text);
            IEnumerable<string> forms = [name.Base, surface];
            if (name.EndToken - name.FirstToken == 1)
            {
                forms = forms.Concat(Lemmas(name.FirstToken).Where(lemma => char.IsUpper(lemma[0])));
            }

            foreach (string form in forms)
            {
                if (IsWellFormed(form) && tried.Add(form))
                {
                    yield return [.. _knowledge.Find(form).Where(match => Fits(match, name.Type))];
                }
            }

            if (name.Type == EntityType.Per && name.EndToken - name.FirstToken > 1)
            {
                yield return InflectedPerson(surface);
            }
        }

        private (KnowledgeEntity?, NameRole?) Choose(List<NameMatch> matches)
        {
            var distinct = matches.GroupBy(match => match.Entity.Id, StringComparer.Ordinal).Select(group => group.First()).ToList();
            if (distinct.Count == 0)
            {
                return (null, null);
            }

            if (distinct.Count == 1)
            {
                return (distinct[0].Entity, distinct[0].Name.Role);
            }

            var named = distinct.Where(match => _present.Contains(match.Entity.Id)).ToList();
            if (named.Count == 1)
            {
                return (named[0].Entity, named[0].Name.Role);
            }

            // Two cities called Victoria: no link on a guess, unless a country outranks cities (matches come countries first).
            return distinct[0].Entity.Kind == EntityKind.Country && distinct.Skip(1).All(match => match.Entity.Kind == EntityKind.City)
                ? (distinct[0].Entity, distinct[0].Name.Role) : (null, null);
        }

        private bool Fits(NameMatch match, EntityType type)
        {
            if (match.How == MatchHow.Skeleton)
            {
                return false;
            }

            return type switch
            {
                EntityType.Per => match.Entity.Kind == EntityKind.Person || (match.Entity.Kind == EntityKind.Country && match.Name.Role == NameRole.Demonym),
                // The tagger calls a country or a capital that acts an organisation ("Waszyngton ostrzegł"): it is the place, acting.
                EntityType.Org => match.Entity.Kind is EntityKind.Organization or EntityKind.Seat
                    || (match.Entity.Kind == EntityKind.Country && match.Name.Role is not (NameRole.Adjective or NameRole.Demonym))
                    || (match.Entity.Kind == EntityKind.City && _knowledge!.ActorOf(match.Entity) is not null),
                EntityType.Loc or EntityType.Gpe or EntityType.Fac => match.Entity.Kind is EntityKind.Country or EntityKind.City or EntityKind.Seat,
                _ => false,
            };
        }

        // "Jewgienija Prigożyna": a person whose Polish name's words are those written, each maybe with a case ending.
        private List<NameMatch> InflectedPerson(string surface)
        {
            string[] words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var matches = new List<NameMatch>();
            if (words.Length == 0 || !IsWellFormed(surface))
            {
                return matches;
            }

            foreach (string stem in Stems(words[^1]))
            {
                foreach (NameMatch match in _knowledge!.Find(stem))
                {
                    if (match.Entity is Person person && match.Name.Role == NameRole.Surname && person.NamePl.Split(' ') is { } parts
                        && parts.Length == words.Length && parts.Zip(words).All(pair => IsInflectionOf(pair.Second, pair.First)))
                    {
                        matches.Add(match);
                    }
                }
            }

            return matches;
        }

        private static IEnumerable<string> Stems(string word)
        {
            yield return word;
            foreach (string ending in _endings)
            {
                if (word.Length >= ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
                {
                    yield return word[..^ending.Length];
                }
            }
        }

        /// <summary>True when <paramref name="word"/> is <paramref name="name"/> or it with a case ending ("Kima" of
        /// "Kim", "Prigożyna" of "Prigożyn"), ignoring case.</summary>
        private static bool IsInflectionOf(string word, string name)
        {
            if (string.Equals(word, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return word.Length > name.Length && word.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && _endings.Contains(word[name.Length..].ToLowerInvariant(), StringComparer.Ordinal);
        }

        private int FullerPerson(FoundName name)
        {
            string word = name.Base;
            string surface = name.Span.ToString(_document.Text);
            for (int index = _entities.Count - 1; index >= 0; index--)
            {
                Entity entity = _entities[index];
                if (entity.Type != EntityType.Per)
                {
                    continue;
                }

                string[] parts = entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length > 1 && (Same(parts[^1]) || Same(parts[0])))
                {
                    return index;
                }
            }

            return -1;

            bool Same(string part) => string.Equals(part, word, StringComparison.OrdinalIgnoreCase) || IsInflectionOf(surface, part);
        }

        private int EntityOf(KnowledgeEntity record)
        {
            string key = "kb:" + record.Id;
            if (_byKey.TryGetValue(key, out int known))
            {
                return known;
            }

            EntityType type = record.Kind switch
            {
                EntityKind.Country or EntityKind.City => EntityType.Gpe,
                EntityKind.Seat => EntityType.Fac,
                EntityKind.Organization => EntityType.Org,
                _ => EntityType.Per,
            };
            string name = record.NamePl.Length > 0 ? record.NamePl : record.NameEn;
            return Add(key, new Entity(key, type, name, _knowledge!.CountryOf(record), record.NameEn, record.Wikidata), record);
        }

        private int Add(string key, Entity entity, KnowledgeEntity? record)
        {
            _entities.Add(entity);
            _records.Add(record);
            _byKey[key] = _entities.Count - 1;
            return _entities.Count - 1;
        }

        private static string KeyOf(EntityType type, string baseForm) =>
            "new:" + type.ToString().ToLowerInvariant() + ":" + string.Join('-', baseForm.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        /// <summary>Mentions by start (a longer one first), entities renumbered in order of first mention; entities only
        /// acted for come last.</summary>
        private (ImmutableArray<Mention>, ImmutableArray<Entity>) Ordered()
        {
            _mentions.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
            var order = new List<int>();
            var seen = new HashSet<int>();
            foreach (Mention mention in _mentions)
            {
                if (seen.Add(mention.Entity))
                {
                    order.Add(mention.Entity);
                }
            }

            for (int index = 0; index < _entities.Count; index++)
            {
                if (seen.Add(index))
                {
                    order.Add(index);
                }
            }

            var renumbered = new int[_entities.Count];
            for (int index = 0; index < order.Count; index++)
            {
                renumbered[order[index]] = index;
            }

            return ([.. _mentions.Select(mention => mention with { Entity = renumbered[mention.Entity], ActsFor = mention.ActsFor is { } actor ? renumbered[actor] : null })],
                [.. order.Select(index => _entities[index])]);
        }
    }
}
