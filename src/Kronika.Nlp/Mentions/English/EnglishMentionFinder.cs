using System.Collections.Frozen;
using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Knowledge;

namespace Kronika.Nlp.Mentions.English;

/// <summary>Finds the names in English text and joins the mentions of one entity: the knowledge base's names through
/// <see cref="EnglishGazetteer"/> (longest match first), and capitalised sequences it lacks as new entities whose type
/// the cue words of <c>Mentions/English/Data/name-cues.en.tsv</c> tell.</summary>
/// <remarks>
/// <para>A capitalised sequence may hold lower-case connectors inside a name ("Ministry of Foreign Affairs", "Osama bin
/// Laden"). Titles before a name are cues, not part of it ("President Arnold Vale" names Arnold Vale, a person); a
/// sequence with an organisation word is one organisation, with the state of a country name or adjective just before it
/// ("Iraqi Foreign Ministry": an organisation of Iraq, with "Iraqi" nested in it). A single capitalised word that is a
/// common English word ("Police" at a sentence start, "Parliament") is not a name on its own.</para>
/// <para>A surname alone names the person of the fullest name seen earlier in the document ("Vale" after "Arnold
/// Vale"), or the one person of the base with that surname. A capital acts for its state ("Washington imposed"), except
/// after a locative preposition ("talks in Moscow" name the place); a seat of power always does ("the Kremlin").</para>
/// Immutable; thread-safe.
/// </remarks>
public sealed class EnglishMentionFinder
{
    /// <summary>The cue words.</summary>
    public const string CuesFile = "Mentions/English/Data/name-cues.en.tsv";

    // Inside a person's name ("Osama bin Laden", "Ursula von der Leyen").
    private static readonly FrozenSet<string> _particles = FrozenSet.ToFrozenSet(
        ["bin", "ibn", "van", "von", "der", "den", "de", "al", "el", "da", "del", "la", "le", "du"], StringComparer.Ordinal);

    // Inside an organisation's name only ("Ministry of Foreign Affairs", "Party for Freedom"): "President Vale of Arnor"
    // is two names.
    private static readonly FrozenSet<string> _organisationConnectors = FrozenSet.ToFrozenSet(["of", "for", "and", "the", "on"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> _locatives = FrozenSet.ToFrozenSet(
        ["in", "at", "near", "outside", "around", "across", "inside", "throughout", "within"], StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<EnglishMentionFinder> _default = new(() => Create(KnowledgeBase.LoadDefault()));

    private readonly EnglishGazetteer _gazetteer;
    private readonly FrozenDictionary<string, string> _cues;

    private EnglishMentionFinder(EnglishGazetteer gazetteer, FrozenDictionary<string, string> cues)
    {
        _gazetteer = gazetteer;
        _cues = cues;
    }

    /// <summary>The finder over the default knowledge base, built once per process.</summary>
    /// <exception cref="InvalidDataException">When a data file is malformed.</exception>
    public static EnglishMentionFinder Default => _default.Value;

    /// <summary>A finder over <paramref name="knowledge"/> with the embedded cue and seat files.</summary>
    /// <exception cref="InvalidDataException">When a data file is malformed.</exception>
    public static EnglishMentionFinder Create(KnowledgeBase knowledge)
    {
        var cues = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DataLine line in DataFiles.Lines(DataFiles.ReadEmbedded(typeof(EnglishMentionFinder).Assembly, CuesFile), CuesFile))
        {
            if (line.Columns.Length != 2 || line.Columns[1] is not ("title" or "org" or "skip") || !cues.TryAdd(line.Columns[0], line.Columns[1]))
            {
                throw new InvalidDataException($"{line.Where}: expected 'word, title or org or skip' with a word not listed before.");
            }
        }

        return new EnglishMentionFinder(EnglishGazetteer.Create(knowledge), cues.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The mentions and entities of <paramref name="document"/>, an English document with tokens and sentences
    /// (and morphology, when present, to tell common words from names).</summary>
    public (ImmutableArray<Mention> Mentions, ImmutableArray<Entity> Entities) Find(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var linker = new Linker(_gazetteer);
        foreach (Sentence sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FindIn(document, sentence, linker);
        }

        return linker.Result();
    }

    private void FindIn(Document document, Sentence sentence, Linker linker)
    {
        int firstWord = sentence.FirstToken;
        while (firstWord < sentence.EndToken && document.Tokens[firstWord].Kind is TokenKind.Punctuation or TokenKind.Symbol)
        {
            firstWord++;
        }

        var pending = new List<int>();
        GazetteerEntry? before = null;
        int beforeStart = -1;
        int index = sentence.FirstToken;
        while (index < sentence.EndToken)
        {
            if (IsCapitalised(document, index))
            {
                (int length, GazetteerEntry? entry) = LongestMatch(document, index, sentence.EndToken, index == firstWord);
                if (entry is not null)
                {
                    Flush(document, pending, firstWord, before, beforeStart, linker);
                    TextSpan span = NameSpan(document, index, index + length);
                    bool located = index > sentence.FirstToken && _locatives.Contains(document.Tokens[index - 1].Span.ToString(document.Text));
                    linker.Add(span, Key(document.Text, span), entry, located);
                    before = entry.Type == EntityType.Gpe && entry.Country is not null ? entry : null;
                    beforeStart = span.Start;
                    index += length;
                    continue;
                }

                pending.Add(index);
            }
            else if (pending.Count > 0 && index + 1 < sentence.EndToken && IsCapitalised(document, index + 1) && IsConnector(document, index, pending))
            {
                pending.Add(index);
            }
            else
            {
                Flush(document, pending, firstWord, before, beforeStart, linker);
                before = null;
            }

            index++;
        }

        Flush(document, pending, firstWord, before, beforeStart, linker);
    }

    /// <summary>Turns a run of capitalised words the gazetteer does not know into a new entity (or a mention of one
    /// already seen), and clears it.</summary>
    private void Flush(Document document, List<int> pending, int firstWord, GazetteerEntry? before, int beforeStart, Linker linker)
    {
        if (pending.Count == 0)
        {
            return;
        }

        while (pending.Count > 0 && !IsCapitalised(document, pending[^1]))
        {
            pending.RemoveAt(pending.Count - 1);
        }

        bool organisation = pending.Any(token => Cue(document, token) == "org");
        bool title = false;
        int start = 0;

        // Titles and a sentence's first common word ("The", "Yesterday") lead into a name but are not part of it.
        while (start < pending.Count && ((!organisation && Cue(document, pending[start]) == "title") || !IsCapitalised(document, pending[start])
            || (pending[start] == firstWord && Cue(document, pending[start]) != "org" && IsCommonWord(document, pending[start])
                && linker.Surname(document.Tokens[pending[start]].Span.ToString(document.Text)) is null)))
        {
            title |= Cue(document, pending[start]) == "title";
            start++;
        }

        var words = pending.Skip(start).ToList();
        pending.Clear();
        if (words.Count == 0 || (organisation && words.Count == 1 && Cue(document, words[0]) == "org"))
        {
            // "Police", "Parliament" alone name no one in particular.
            return;
        }

        var span = NameSpan(document, words[0], words[^1] + 1);
        string name = span.ToString(document.Text);
        if (words.Count == 1 && linker.Surname(name) is { } earlier)
        {
            linker.AddKnown(span, name, earlier);
            return;
        }

        if (words.Count == 1 && !title && !organisation
            && (Cue(document, words[0]) == "skip" || IsCommonWord(document, words[0]) || !char.IsLetter(name[0])))
        {
            return;
        }

        if (organisation)
        {
            // The run holds nothing between the state's name and this one ("Iraqi Foreign Ministry").
            TextSpan whole = before is not null ? new TextSpan(beforeStart, span.End) : span;
            linker.AddNew(whole, EntityType.Org, whole.ToString(document.Text), before?.Country);
            return;
        }

        if (words.Count == 1 && _gazetteer.Surname(name) is { } person)
        {
            linker.Add(span, name, person, located: false);
            return;
        }

        EntityType type = title || words.Count > 1 ? EntityType.Per
            : words[0] > 0 && document.Tokens[words[0] - 1].Span.ToString(document.Text) is "in" or "to" or "from" or "of" or "at" ? EntityType.Gpe
            : EntityType.Org;
        linker.AddNew(span, type, name, title ? before?.Country : null);
    }

    /// <summary>The longest name of the gazetteer that starts at <paramref name="first"/>: its length in tokens and entry.</summary>
    private (int Length, GazetteerEntry? Entry) LongestMatch(Document document, int first, int end, bool sentenceStart)
    {
        int longest = Math.Min(_gazetteer.LongestName, end - first);
        if (document.Tokens[first].Span.ToString(document.Text) == "The")
        {
            return (0, null);
        }

        for (int length = longest; length >= 1; length--)
        {
            if (!IsCapitalised(document, first + length - 1) && document.Tokens[first + length - 1].Kind != TokenKind.Abbreviation)
            {
                continue;
            }

            TextSpan span = NameSpan(document, first, first + length);
            GazetteerEntry? entry = _gazetteer.Find(Key(document.Text, span));
            if (entry is null)
            {
                continue;
            }

            // "Reading", "Split", "Mobile": a one-word city that is also a common word names nothing at a sentence
            // start, where every word is capitalised (WordNet knows "egypt" and "washington" too, so states and capitals are exempt).
            if (length == 1 && sentenceStart && entry.Key.StartsWith("kb:city/", StringComparison.Ordinal) && entry.ActsFor is null && IsCommonWord(document, first))
            {
                continue;
            }

            return (length, entry);
        }

        return (0, null);
    }

    /// <summary>The span of tokens [first, end) without a final possessive ("Putin's" → "Putin").</summary>
    private static TextSpan NameSpan(Document document, int first, int end)
    {
        int start = document.Tokens[first].Span.Start;
        int stop = document.Tokens[end - 1].Span.End;
        ReadOnlySpan<char> last = document.Tokens[end - 1].Span.Slice(document.Text);
        if (last.Length > 2 && (last.EndsWith("'s", StringComparison.Ordinal) || last.EndsWith("’s", StringComparison.Ordinal)))
        {
            stop -= 2;
        }
        else if (last.Length > 2 && last[^1] is '\'' or '’' && last[^2] == 's')
        {
            stop -= 1;
        }

        return new TextSpan(start, stop);
    }

    private static string Key(string text, TextSpan span) => EnglishGazetteer.Normalise(span.ToString(text).ReplaceLineEndings(" "));

    private static bool IsCapitalised(Document document, int token)
    {
        Token word = document.Tokens[token];
        return word.Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(document.Text[word.Span.Start]);
    }

    private bool IsConnector(Document document, int token, List<int> pending)
    {
        string word = document.Tokens[token].Span.ToString(document.Text);
        return _particles.Contains(word) || (_organisationConnectors.Contains(word) && pending.Any(earlier => Cue(document, earlier) == "org"));
    }

    private string? Cue(Document document, int token) => _cues.GetValueOrDefault(document.Tokens[token].Span.ToString(document.Text));

    /// <summary>Whether the morphology reads <paramref name="token"/> as a common word (a function word or a word of
    /// WordNet), not only as a name.</summary>
    private static bool IsCommonWord(Document document, int token)
    {
        if (document.Morphology.IsEmpty)
        {
            return false;
        }

        foreach (Analysis reading in document.Morphology[token].Analyses)
        {
            if (reading.Source != AnalysisSource.Identity && reading.Tag.Flexeme != "propn")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Collects the mentions of one document and the entities they name.</summary>
    private sealed class Linker(EnglishGazetteer gazetteer)
    {
        private readonly List<Mention> _mentions = [];
        private readonly List<Entity> _entities = [];
        private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);

        public void Add(TextSpan span, string baseForm, GazetteerEntry entry, bool located)
        {
            int entity = EntityOf(entry);
            int? actsFor = null;
            if (entry.ActsFor is { } state && (entry.Via == MentionVia.Metonymy || !located) && gazetteer.Country(state) is { } country)
            {
                actsFor = EntityOf(country);
            }

            _mentions.Add(new Mention(span, entry.Type, baseForm, entity, actsFor is null ? entry.Via : MentionVia.Metonymy, actsFor));
        }

        public void AddKnown(TextSpan span, string baseForm, int entity) =>
            _mentions.Add(new Mention(span, _entities[entity].Type, baseForm, entity, MentionVia.Coreference));

        public void AddNew(TextSpan span, EntityType type, string name, string? country)
        {
            string baseForm = EnglishGazetteer.Normalise(name);
            string key = "new:" + type.ToString().ToLowerInvariant() + ":" + string.Join('-', baseForm.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (!_byKey.TryGetValue(key, out int entity))
            {
                entity = _entities.Count;
                _entities.Add(new Entity(key, type, baseForm, country, baseForm));
                _byKey[key] = entity;
            }

            _mentions.Add(new Mention(span, type, baseForm, entity));
        }

        /// <summary>The person entity whose fuller name ends in <paramref name="word"/>, latest first, or null.</summary>
        public int? Surname(string word)
        {
            for (int index = _entities.Count - 1; index >= 0; index--)
            {
                Entity entity = _entities[index];
                if (entity.Type == EntityType.Per && entity.Name.Contains(' ', StringComparison.Ordinal) && entity.Name.EndsWith(" " + word, StringComparison.Ordinal))
                {
                    return index;
                }
            }

            return null;
        }

        public (ImmutableArray<Mention>, ImmutableArray<Entity>) Result() =>
            ([.. _mentions.OrderBy(mention => mention.Span.Start).ThenByDescending(mention => mention.Span.End)], [.. _entities]);

        private int EntityOf(GazetteerEntry entry)
        {
            if (!_byKey.TryGetValue(entry.Key, out int entity))
            {
                entity = _entities.Count;
                _entities.Add(new Entity(entry.Key, entry.Type, entry.Name, entry.Country, entry.Name, entry.Wikidata));
                _byKey[entry.Key] = entity;
            }

            return entity;
        }
    }
}
