using Kronika.Knowledge;
using Kronika.Knowledge.Transliteration;

namespace Kronika.Aggregation.Entities;

/// <summary>Joins the entity ids that articles give to one entity: discovered (<c>new:</c>) names in other inflections,
/// other spellings or transliterations, or shortened to a surname, and discovered names that are a knowledge-base
/// entity's base form. Each join carries its evidence; nothing joins on a guess.</summary>
/// <remarks>
/// <c>new:</c> ids already derive from base forms, so "Farage'a" in one article and "Farage" in another share an id;
/// what this adds are the cases a base-form key misses. The rules, in order (each only inside one kind of entity:
/// persons, organisations, places — GPE, LOC and FAC —, events, products):
/// <list type="number">
/// <item>the same base form ignoring case and typographic variants;</item>
/// <item>a discovered name that is the base form of exactly one knowledge-base entity of the same kind;</item>
/// <item>persons of two words or more with one transliteration skeleton (<see cref="NameSkeleton"/>), the same first
/// letter of the surname and the same gender of its ending (Kowalski and Kowalska stay apart);</item>
/// <item>a one-word person name that is the surname of the only fuller person name with that surname;</item>
/// <item>with a knowledge base: a discovered name that is exactly (ignoring case) a preferred, official, other or
/// native name of one record of its kind (a person, an organisation, a place: country, city or seat), or the demonym
/// of one country.</item>
/// </list>
/// Two knowledge-base ids never join: a join that would put two of them in one entity is refused. The result depends
/// only on the set of sightings, not on their order. Stateless; safe from many threads.
/// </remarks>
public static class EntityJoiner
{
    /// <summary>The joins among <paramref name="sightings"/>: one per id that is read as another, sorted by id.</summary>
    /// <param name="sightings">The entities as articles name them, in any order.</param>
    /// <param name="knowledge">The knowledge base the names are also looked up in, or null for none.</param>
    public static IReadOnlyList<EntityJoin> Join(IEnumerable<EntitySighting> sightings, KnowledgeBase? knowledge = null)
    {
        ArgumentNullException.ThrowIfNull(sightings);
        // One name per id and language, the ordinally smallest, so that the input order does not matter.
        var byId = new SortedDictionary<string, EntitySighting>(StringComparer.Ordinal);
        foreach (EntitySighting sighting in sightings)
        {
            if (!byId.TryGetValue(sighting.Id, out EntitySighting? known) || string.CompareOrdinal(sighting.Name, known.Name) < 0)
            {
                byId[sighting.Id] = sighting;
            }
        }

        var components = new Components(byId.Keys);
        var proposals = new List<(JoinEvidence Evidence, string From, string To, string Detail)>();
        if (knowledge is not null)
        {
            foreach (EntitySighting sighting in byId.Values.Where(sighting => IsNew(sighting.Id)))
            {
                if (Known(sighting, knowledge) is { } match)
                {
                    components.Add(match.To);
                    proposals.Add(match);
                }
            }
        }

        foreach (IGrouping<(string, string), EntitySighting> group in byId.Values.GroupBy(sighting => (KindOf(sighting.Type), NameFolding.Key(sighting.Name))))
        {
            Propose(group.ToList(), JoinEvidence.SameBaseForm, proposals);
        }

        foreach (IGrouping<(string, string), EntitySighting> group in byId.Values
            .Where(sighting => KindOf(sighting.Type) == "PER" && Words(sighting.Name).Length >= 2)
            .GroupBy(sighting => ("PER", TransliterationKey(sighting))))
        {
            Propose(group.ToList(), JoinEvidence.Transliteration, proposals);
        }

        foreach (EvidenceEdge edge in proposals.OrderBy(edge => edge.Evidence).ThenBy(edge => edge.From, StringComparer.Ordinal)
            .ThenBy(edge => edge.To, StringComparer.Ordinal).Select(edge => new EvidenceEdge(edge.From, edge.To, edge.Evidence, edge.Detail)))
        {
            components.Union(edge);
        }

        // Surnames last: "the only fuller name" is judged on the entities the rules above have already made.
        var fuller = byId.Values.Where(sighting => KindOf(sighting.Type) == "PER" && Words(sighting.Name).Length >= 2)
            .GroupBy(sighting => NameFolding.Key(Words(sighting.Name)[^1]))
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        var surnameEdges = new List<EvidenceEdge>();
        foreach (EntitySighting single in byId.Values.Where(sighting => IsNew(sighting.Id) && KindOf(sighting.Type) == "PER" && Words(sighting.Name).Length == 1))
        {
            if (fuller.TryGetValue(NameFolding.Key(single.Name), out List<EntitySighting>? candidates))
            {
                var roots = candidates.Select(candidate => components.Find(candidate.Id)).Distinct(StringComparer.Ordinal).ToList();
                if (roots.Count == 1)
                {
                    EntitySighting named = candidates.OrderBy(candidate => candidate.Id, StringComparer.Ordinal).First();
                    surnameEdges.Add(new EvidenceEdge(single.Id, named.Id, JoinEvidence.Surname, single.Name + " = " + named.Name + " (the only " + single.Name + ")"));
                }
            }
        }

        foreach (EvidenceEdge edge in surnameEdges)
        {
            components.Union(edge);
        }

        return components.Joins();
    }

    // The one knowledge-base record a discovered name names, or null when none or several do.
    private static (JoinEvidence Evidence, string From, string To, string Detail)? Known(EntitySighting sighting, KnowledgeBase knowledge)
    {
        string kind = KindOf(sighting.Type);
        var fitting = new List<(KnowledgeEntity Entity, NameRole Role)>();
        foreach (NameMatch match in knowledge.Find(sighting.Name))
        {
            if (match.How != MatchHow.Exact)
            {
                continue;
            }

            bool fits = match.Name.Role switch
            {
                NameRole.Demonym => match.Entity.Kind == EntityKind.Country,
                NameRole.Preferred or NameRole.Official or NameRole.Alias or NameRole.Native => kind switch
                {
                    "PER" => match.Entity.Kind == EntityKind.Person,
                    "ORG" => match.Entity.Kind == EntityKind.Organization,
                    "PLACE" => match.Entity.Kind is EntityKind.Country or EntityKind.City or EntityKind.Seat,
                    _ => false,
                },
                _ => false,
            };
            if (fits && !fitting.Any(item => item.Entity.Id == match.Entity.Id))
            {
                fitting.Add((match.Entity, match.Name.Role));
            }
        }

        if (fitting.Count != 1)
        {
            return null;
        }

        (KnowledgeEntity entity, NameRole role) = fitting[0];
        return role == NameRole.Demonym
            ? (JoinEvidence.Demonym, sighting.Id, "kb:" + entity.Id, sighting.Name + " = demonym of " + entity.NameEn)
            : (JoinEvidence.KnowledgeBaseName, sighting.Id, "kb:" + entity.Id, sighting.Name + " = " + role.ToString().ToLowerInvariant() + " name of " + entity.NameEn);
    }

    /// <summary>The kind a type joins within: PER, ORG, PLACE (GPE, LOC, FAC), EVT, PRO.</summary>
    public static string KindOf(string type) => type is "GPE" or "LOC" or "FAC" ? "PLACE" : type;

    /// <summary>True for a discovered entity's id.</summary>
    public static bool IsNew(string id) => id.StartsWith("new:", StringComparison.Ordinal);

    // Within one group of sightings sharing a key: the discovered ones join the one knowledge-base entity in the group,
    // or, when there is none, the smallest discovered id; with two knowledge-base entities the name is ambiguous and the
    // discovered ones only join each other.
    private static void Propose(List<EntitySighting> group, JoinEvidence evidence, List<(JoinEvidence, string, string, string)> proposals)
    {
        var known = group.Where(sighting => !IsNew(sighting.Id)).ToList();
        var discovered = group.Where(sighting => IsNew(sighting.Id)).OrderBy(sighting => sighting.Id, StringComparer.Ordinal).ToList();
        if (discovered.Count == 0 || (discovered.Count == 1 && known.Count != 1))
        {
            return;
        }

        EntitySighting target = known.Count == 1 ? known[0] : discovered[0];
        JoinEvidence reason = known.Count == 1 && evidence == JoinEvidence.SameBaseForm ? JoinEvidence.KnowledgeBaseName : evidence;
        foreach (EntitySighting sighting in discovered)
        {
            if (!ReferenceEquals(sighting, target))
            {
                proposals.Add((reason, sighting.Id, target.Id, sighting.Name + " = " + target.Name));
            }
        }
    }

    private static string TransliterationKey(EntitySighting sighting)
    {
        string[] words = Words(sighting.Name);
        string surname = NameFolding.Fold(words[^1]);
        // The feminine ending of Polish and Russian surnames (-ska, -owa, -ina) is kept apart from the masculine one.
        char ending = surname.EndsWith('a') ? 'f' : 'm';
        return NameSkeleton.Of(sighting.Name, sighting.Language) + "|" + surname[0] + ending;
    }

    private static string[] Words(string name) => name.Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);

    private readonly record struct EvidenceEdge(string From, string To, JoinEvidence Evidence, string Detail);

    // Union-find over ids whose root is the component's knowledge-base id when it has one, else its smallest id.
    private sealed class Components
    {
        private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
        private readonly Dictionary<string, EvidenceEdge> _reason = new(StringComparer.Ordinal);

        public Components(IEnumerable<string> ids)
        {
            foreach (string id in ids)
            {
                _parent[id] = id;
            }
        }

        public void Add(string id) => _parent.TryAdd(id, id);

        public string Find(string id)
        {
            string root = id;
            while (_parent[root] != root)
            {
                root = _parent[root];
            }

            while (_parent[id] != root)
            {
                (id, _parent[id]) = (_parent[id], root);
            }

            return root;
        }

        public void Union(EvidenceEdge edge)
        {
            string left = Find(edge.From), right = Find(edge.To);
            if (left == right || (!IsNew(left) && !IsNew(right)))
            {
                return;
            }

            // A knowledge-base root wins; between two discovered roots the edge's target does (the smallest id of a
            // group, or the fuller name a surname joins), edges being applied in one sorted order.
            bool rightWins = !IsNew(right) || IsNew(left);
            (string root, string child) = rightWins ? (right, left) : (left, right);
            _parent[child] = root;
            _reason.TryAdd(child, edge);
        }

        public List<EntityJoin> Joins()
        {
            var joins = new List<EntityJoin>();
            foreach (string id in _parent.Keys.Order(StringComparer.Ordinal))
            {
                string root = Find(id);
                if (root == id)
                {
                    continue;
                }

                // The edge that brought this id's part in; an id joined through another keeps that one's evidence.
                string step = id;
                while (!_reason.ContainsKey(step))
                {
                    step = _parent[step];
                }

                EvidenceEdge edge = _reason[step];
                joins.Add(new EntityJoin(id, root, edge.Evidence, edge.Detail));
            }

            return joins;
        }
    }
}
