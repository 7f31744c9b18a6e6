using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Events.Polish;

/// <summary>An actor named in a sentence: an outermost mention, with the grammatical mark of the phrase that holds it.</summary>
/// <param name="Mention">Index into <see cref="Document.Mentions"/>.</param>
/// <param name="Actor">Index into <see cref="Document.Entities"/> of the actor it stands for.</param>
/// <param name="First">Its first token.</param>
/// <param name="End">One past its last token.</param>
/// <param name="Clause">Index of its clause in <see cref="PolishSentenceView.Clauses"/>.</param>
/// <param name="Preposition">The preposition that governs its phrase (normalised: "ze" is "z"), or null.</param>
/// <param name="Cases">The cases its phrase may be in.</param>
/// <param name="Head">The noun its phrase hangs on ("decyzję" in "decyzję Rosji"; the trigger in "wizyta Kima"), or -1.</param>
/// <param name="OwnCases">The cases of the mention itself (those of its phrase differ under a head noun).</param>
/// <param name="Said">True for "z ust X" and "ze strony X": the phrase names who said or offered something.</param>
/// <param name="Number">Its grammatical number, None when unknown.</param>
/// <param name="Gender">Its grammatical gender, None when unknown.</param>
/// <param name="Group">The first actor of the coordination it belongs to ("Putin i Kim"): its own index when it starts one.</param>
internal sealed record ActorPhrase(int Mention, int Actor, int First, int End, int Clause, string? Preposition, GrammaticalCase Cases, GrammaticalCase OwnCases, int Head, bool Said,
    GrammaticalNumber Number, GrammaticalGender Gender, int Group);

/// <summary>One sentence as the Polish finder reads it: each word's lower-case form, chosen reading and verb form, the
/// clauses, and the actors with the marks of their phrases. Built in one pass over the tokens and mentions.</summary>
internal sealed class PolishSentenceView
{
    private static readonly HashSet<string> _clauseWords = new(StringComparer.Ordinal)
    {
        "że", "iż", "jakoby", "aby", "żeby", "by", "bo", "ponieważ", "gdy", "kiedy", "jeśli", "jeżeli", "gdyby", "choć", "chociaż", "lecz", "ale", "jednak", "podczas",
    };

    private static readonly HashSet<string> _timeNouns = new(StringComparer.Ordinal)
    {
        "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela", "dzień", "tydzień", "miesiąc", "rok", "noc", "wieczór", "rano", "weekend", "godzina",
    };

    private static readonly HashSet<string> _coordinators = new(StringComparer.Ordinal) { "i", "oraz", "a", "," };

    public PolishSentenceView(Document document, int sentence)
    {
        Document = document;
        Sentence span = document.Sentences[sentence];
        Index = sentence;
        First = span.FirstToken;
        End = span.EndToken;
        int count = End - First;
        Lower = new string[count];
        Readings = new Analysis?[count];
        Forms = new string[count];
        ClauseOf = new int[count];
        var clauses = new List<(int First, int End)>();
        int clauseStart = First;
        for (int token = First; token < End; token++)
        {
            int at = token - First;
            Token word = document.Tokens[token];
            Lower[at] = word.Span.ToString(document.Text).ToLowerInvariant();
            Readings[at] = document.Morphology.IsEmpty ? null : document.Morphology[token].Best;
            Forms[at] = Readings[at] is { } best ? FormOf(best.Tag) : string.Empty;
            bool punctuation = word.Kind is TokenKind.Punctuation or TokenKind.Symbol && Lower[at] is not ("." or "-");
            bool opensClause = punctuation || (_clauseWords.Contains(Lower[at]) && token > clauseStart) || IsRelative(at);
            if (opensClause && token > clauseStart)
            {
                clauses.Add((clauseStart, token));
                clauseStart = token;
            }

            ClauseOf[at] = clauses.Count;
        }

        clauses.Add((clauseStart, End));
        Clauses = clauses;
        Phrases = FindPhrases(document, span.Span);
    }

    public Document Document { get; }

    public int Index { get; }

    public int First { get; }

    public int End { get; }

    /// <summary>Lower-case text of each token (index: token - <see cref="First"/>).</summary>
    public string[] Lower { get; }

    /// <summary>The chosen reading of each token, or null.</summary>
    public Analysis?[] Readings { get; }

    /// <summary>The word class with a verb's form in place of "verb": "praet", "fin", "inf", "subst", "adj"...</summary>
    public string[] Forms { get; }

    /// <summary>The clause of each token.</summary>
    public int[] ClauseOf { get; }

    /// <summary>Token ranges of the clauses: split at punctuation and at the words that open a subordinate clause.</summary>
    public IReadOnlyList<(int First, int End)> Clauses { get; }

    /// <summary>The actors of the sentence, in text order.</summary>
    public IReadOnlyList<ActorPhrase> Phrases { get; }

    public string LowerAt(int token) => Lower[token - First];

    public string FormAt(int token) => Forms[token - First];

    public Analysis? ReadingAt(int token) => Readings[token - First];

    public int ClauseAt(int token) => ClauseOf[token - First];

    public string LemmaAt(int token) => Readings[token - First] is { } reading ? reading.Lemma.ToLowerInvariant() : Lower[token - First];

    /// <summary>The word class of a Polish tag, with a verb's form in place of "verb" (PoliMorf 2.1 writes
    /// <c>verb:praet:sg:m1...</c>, NKJP <c>praet:sg:m1...</c>).</summary>
    public static string FormOf(MorphTag tag)
    {
        if (tag.Flexeme != "verb")
        {
            return tag.Flexeme;
        }

        int first = tag.Text.IndexOf(':', StringComparison.Ordinal);
        if (first < 0)
        {
            return tag.Flexeme;
        }

        int second = tag.Text.IndexOf(':', first + 1);
        return second < 0 ? tag.Text[(first + 1)..] : tag.Text[(first + 1)..second];
    }

    public static bool IsNounForm(string form) => form is "subst" or "depr" or "ger" or "brev";

    public static bool IsVerbForm(string form) => form is "fin" or "praet" or "inf" or "impt" or "imps" or "bedzie" or "pcon" or "pant" or "ppas" or "pact" or "winien" or "pred";

    private bool IsRelative(int at) => Readings[at] is { } reading && reading.Lemma is "który" or "co" or "gdzie" && at > 0 && Lower[at - 1] == ",";

    private List<ActorPhrase> FindPhrases(Document document, TextSpan span)
    {
        var phrases = new List<ActorPhrase>();
        int token = First;
        foreach (int index in EventActors.MentionsIn(document, span))
        {
            Mention mention = document.Mentions[index];
            while (token < End && document.Tokens[token].Span.Start < mention.Span.Start)
            {
                token++;
            }

            int first = token;
            int end = first;
            while (end < End && document.Tokens[end].Span.End <= mention.Span.End)
            {
                end++;
            }

            if (first >= End || end == first)
            {
                continue;
            }

            (GrammaticalCase cases, GrammaticalNumber number, GrammaticalGender gender) = Agreement(first, HeadEnd(document, mention, first, end));
            if (cases != GrammaticalCase.None && string.Equals(mention.Span.ToString(document.Text), mention.Base, StringComparison.OrdinalIgnoreCase))
            {
                // The mentions stage gives the base form in the nominative: a mention written as its base form may be one,
                // whatever the dictionary says of a foreign name's letters ("Kim", "Un"). A word with no case ("NATO",
                // "FBI") stays open to every case.
                cases |= GrammaticalCase.Nominative;
            }

            (string? preposition, int head, bool said, GrammaticalCase phraseCases) = Governor(first, cases);
            int group = phrases.Count;
            int clause = ClauseAt(first);
            if (phrases.Count > 0 && Coordinated(phrases[^1], first) && preposition is null && head < 0)
            {
                // A coordinated actor shares the first conjunct's mark: "do współpracy Rosji i Korei", "Putin i Kim".
                ActorPhrase previous = phrases[^1];
                group = previous.Group;
                preposition = previous.Preposition;
                head = previous.Head;
                said = previous.Said;
                phraseCases = phrases[group].Cases;
                clause = phrases[group].Clause;
            }

            phrases.Add(new ActorPhrase(index, EventActors.Of(mention), first, end, clause, preposition, phraseCases, cases, head, said, number, gender, group));
        }

        return phrases;
    }

    private bool Coordinated(ActorPhrase previous, int first)
    {
        if (previous.Clause != ClauseAt(first) && !(first - previous.End == 1 && Lower[previous.End - First] == ","))
        {
            return false;
        }

        int gap = first - previous.End;
        return (gap == 1 && _coordinators.Contains(Lower[previous.End - First]))
            || (gap == 2 && Lower[previous.End - First] == "a" && Lower[previous.End - First + 1] == "także");
    }

    /// <summary>The cases, number and gender of a mention: its words' noun and adjective readings narrowed word by word,
    /// stopping at the first word that cannot agree (a genitive attribute: "prezydent Białorusi").</summary>
    /// <summary>Where the words that agree with a mention's head end: a role or agent phrase governs the name inside it
    /// ("obywateli Iraku", "rząd Wielkiej Brytanii", "prezydent Białorusi"), whose genitive is not the phrase's case.</summary>
    private static int HeadEnd(Document document, Mention mention, int first, int end)
    {
        if (mention.Via != MentionVia.Role)
        {
            return end;
        }

        foreach (Mention inner in document.Mentions)
        {
            if (inner.Span.Start >= mention.Span.End)
            {
                break;
            }

            if (inner.Span.Start > mention.Span.Start && mention.Span.Contains(inner.Span))
            {
                for (int token = first + 1; token < end; token++)
                {
                    if (document.Tokens[token].Span.Start >= inner.Span.Start)
                    {
                        return token;
                    }
                }
            }
        }

        return end;
    }

    private (GrammaticalCase Cases, GrammaticalNumber Number, GrammaticalGender Gender) Agreement(int first, int end)
    {
        GrammaticalCase cases = GrammaticalCase.None;
        GrammaticalNumber number = GrammaticalNumber.None;
        GrammaticalGender gender = GrammaticalGender.None;
        bool started = false;
        for (int token = first; token < end; token++)
        {
            TokenMorphology readings = Document.Morphology.IsEmpty ? TokenMorphology.None : Document.Morphology[token];
            GrammaticalCase own = GrammaticalCase.None;
            GrammaticalNumber ownNumber = GrammaticalNumber.None;
            GrammaticalGender ownGender = GrammaticalGender.None;
            foreach (Analysis reading in readings.Analyses)
            {
                if (reading.Tag.PartOfSpeech is PartOfSpeech.Noun or PartOfSpeech.Adjective or PartOfSpeech.Pronoun && reading.Tag.Case != GrammaticalCase.None)
                {
                    own |= reading.Tag.Case;
                    ownNumber |= reading.Tag.Number;
                    ownGender |= reading.Tag.Gender;
                }
            }

            if (own == GrammaticalCase.None || own == (GrammaticalCase)0x7F)
            {
                continue;
            }

            if (!started)
            {
                (cases, number, gender, started) = (own, ownNumber, ownGender, true);
            }
            else if ((cases & own) != 0)
            {
                cases &= own;
            }
            else
            {
                break;
            }
        }

        return (cases, number, gender);
    }

    /// <summary>What governs the phrase that starts at <paramref name="first"/>: a preposition up to four words back over
    /// adjectives and one head noun, the head noun itself, or "z ust" / "ze strony".</summary>
    private (string? Preposition, int Head, bool Said, GrammaticalCase Cases) Governor(int first, GrammaticalCase cases)
    {
        int head = -1;
        GrammaticalCase phraseCases = cases;
        int clause = ClauseAt(first);
        for (int token = first - 1; token >= Math.Max(First, first - 4) && ClauseAt(token) == clause; token--)
        {
            string form = FormAt(token);
            string lower = LowerAt(token);
            if (form == "prep" || lower is "przeciwko" or "wobec" or "wokół")
            {
                string preposition = Normalise(lower);
                if (head >= 0 && preposition == "z" && LemmaAt(head) is "usta" or "strona")
                {
                    return (null, -1, true, phraseCases);
                }

                return (preposition, head, false, phraseCases);
            }

            if (IsNounForm(form))
            {
                // A time noun heads nothing: "w piątek Chiny" is a date and an object, not the Chinas of a Friday.
                if (head >= 0 || _timeNouns.Contains(LemmaAt(token)))
                {
                    break;
                }

                head = token;
                phraseCases = ReadingAt(token)?.Tag.Case ?? GrammaticalCase.None;
                continue;
            }

            if (form is "adj" or "num" or "ppas" or "pact" or "adja")
            {
                continue;
            }

            break;
        }

        return (null, head, false, phraseCases);
    }

    private static string Normalise(string preposition) => preposition switch
    {
        "ze" => "z",
        "we" => "w",
        "przeciw" => "przeciwko",
        "ode" => "od",
        "nade" => "nad",
        "przede" => "przed",
        "pode" => "pod",
        _ => preposition,
    };
}
