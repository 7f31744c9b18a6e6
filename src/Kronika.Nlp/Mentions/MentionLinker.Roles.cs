using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Knowledge;

namespace Kronika.Nlp.Mentions;

internal sealed partial class MentionLinker
{
    /// <summary>A role phrase's words: [First, Head) modifiers and the state's adjective, [Head, HeadEnd) the office.</summary>
    private sealed record RoleShape(int First, int Head, int HeadEnd, string HeadLemma, RolePhrase Phrase, Country? Adjective);

    private sealed partial class Run
    {
        /// <summary>Role phrases of the lexicon whose office is no part of a name ("Kancelarii Prezydenta" is one).</summary>
        private List<RoleShape> RoleShapes(List<FoundName> names)
        {
            var owned = new bool[_document.Tokens.Length];
            foreach (FoundName name in names)
            {
                for (int index = name.FirstToken; index < name.EndToken; index++)
                {
                    owned[index] = true;
                }
            }

            var shapes = new List<RoleShape>();
            foreach (Sentence sentence in _document.Sentences)
            {
                for (int head = sentence.FirstToken; head < sentence.EndToken; head++)
                {
                    if (owned[head] || Office(head, sentence.EndToken) is not (RolePhrase phrase, string lemma))
                    {
                        continue;
                    }

                    int first = head;
                    Country? adjective = null;
                    bool former = false;
                    for (int before = head - 1; before >= sentence.FirstToken; before--)
                    {
                        if (Is(before, RoleWordKind.Modifier))
                        {
                            first = before;
                        }
                        else if (adjective is null && Lemmas(before).Select(word => CountryNamed(word.ToLowerInvariant(), NameRole.Adjective)).FirstOrDefault(country => country is not null) is { } country)
                        {
                            (adjective, first) = (country, before);
                        }
                        else
                        {
                            former = Is(before, RoleWordKind.Former);
                            break;
                        }
                    }

                    // A name that reaches into the phrase from outside it is no modifier of it.
                    if (!former && !names.Any(name => name.FirstToken < first && name.EndToken > first))
                    {
                        shapes.Add(new RoleShape(first, head, head + 1 + phrase.Rest.Length, lemma, phrase, adjective));
                        head += phrase.Rest.Length;
                    }
                }
            }

            return shapes;
        }

        /// <summary>The office (or "polityk") whose phrase starts at <paramref name="head"/>, the longest that fits.</summary>
        private (RolePhrase, string)? Office(int head, int sentenceEnd)
        {
            foreach (string lemma in Lemmas(head).Select(word => word.ToLowerInvariant()).Distinct(StringComparer.Ordinal))
            {
                if (!_roles.ByHead.TryGetValue(lemma, out RolePhrase[]? phrases))
                {
                    continue;
                }

                foreach (RolePhrase phrase in phrases)
                {
                    if (phrase.Kind is RoleWordKind.Office or RoleWordKind.Politician && head + 1 + phrase.Rest.Length <= sentenceEnd
                        && phrase.Rest.Select((word, index) => Lemmas(head + 1 + index).Any(form => string.Equals(form, word, StringComparison.OrdinalIgnoreCase))).All(static same => same))
                    {
                        return (phrase, lemma);
                    }
                }
            }

            return null;
        }

        private bool Is(int token, RoleWordKind kind) =>
            Lemmas(token).Any(lemma => _roles.ByHead.TryGetValue(lemma.ToLowerInvariant(), out RolePhrase[]? phrases) && phrases.Any(phrase => phrase.Kind == kind));

        /// <summary>The role mention of <paramref name="shape"/>: its state from the adjective or the name right after
        /// it, its person as the remarks on <see cref="MentionLinker"/> say; null when it has no state or no holder.</summary>
        private Mention? ResolveRole(RoleShape shape, List<FoundName> names, Dictionary<int, int> mentionAt)
        {
            string? actor = shape.Adjective?.Alpha3;
            int end = shape.HeadEnd;
            int? named = null;
            if (mentionAt.TryGetValue(end, out int next))
            {
                Mention after = _mentions[next];
                KnowledgeEntity? record = _records[after.Entity];
                if (after.Type == EntityType.Per && after.Via != MentionVia.Demonym)
                {
                    named = after.Entity;
                }
                else if (ActorCode(record) is { } code && (actor is null || actor == code))
                {
                    actor = code;
                    end = names[next].EndToken;
                    if (mentionAt.TryGetValue(end, out int person) && _mentions[person].Type == EntityType.Per && _mentions[person].Via != MentionVia.Demonym)
                    {
                        named = _mentions[person].Entity;
                    }
                }
            }

            if (named is null && actor is null)
            {
                return null;
            }

            string phrase = BaseOf(shape, end);
            int? entity = named ?? Holder(shape.Phrase, actor!, phrase);
            if (entity is not { } found)
            {
                return null;
            }

            var span = new TextSpan(_document.Tokens[shape.First].Span.Start, _document.Tokens[end - 1].Span.End);
            return new Mention(span, EntityType.Per, phrase, found, MentionVia.Role);
        }

        private string? ActorCode(KnowledgeEntity? record) => record switch
        {
            Country country => country.Alpha3,
            Organization organization => organization.Id,
            City or Seat => _knowledge!.ActorOf(record) switch
            {
                Country country => country.Alpha3,
                { } other => other.Id,
                null => null,
            },
            _ => null,
        };

        private int? Holder(RolePhrase phrase, string actor, string baseForm)
        {
            var named = new List<int>();
            for (int index = 0; index < _entities.Count; index++)
            {
                if (_records[index] is Person person && (phrase.Kind == RoleWordKind.Politician
                    ? person.Country == actor
                    : person.Roles.Any(role => phrase.Titles.Contains(role.Title, StringComparer.Ordinal) && role.Of == actor && (_date is not { } date || role.HeldOn(date)))))
                {
                    named.Add(index);
                }
            }

            if (named.Count == 1)
            {
                return named[0];
            }

            if (phrase.Kind == RoleWordKind.Politician)
            {
                return null;
            }

            if (named.Count == 0 && _date is { } day)
            {
                foreach (string title in phrase.Titles)
                {
                    IReadOnlyList<Person> holders = _knowledge!.HoldersOn(title, actor, day);
                    if (holders.Count == 1)
                    {
                        return EntityOf(holders[0]);
                    }

                    if (holders.Count > 1)
                    {
                        break;
                    }
                }
            }

            string key = $"new:office:{phrase.Titles[0]}:{actor.ToLowerInvariant()}";
            if (_byKey.TryGetValue(key, out int office))
            {
                return office;
            }

            string? country = _knowledge!.CountryByCode(actor) is { } state && state.Alpha3 == actor ? actor : null;
            return Add(key, new Entity(key, EntityType.Per, baseForm, country), null);
        }

        /// <summary>The phrase in its base form: modifiers and adjective as lemmas (feminine where the text is), the
        /// office's first word as its lemma, the rest as written ("białoruskiego polityka" → "białoruski polityk",
        /// "prezydenta Rosji" → "prezydent Rosji").</summary>
        private string BaseOf(RoleShape shape, int end)
        {
            var words = new List<string>(end - shape.First);
            for (int token = shape.First; token < end; token++)
            {
                string text = _document.Tokens[token].Span.ToString(_document.Text);
                words.Add(token < shape.Head ? AdjectiveLemma(token, text) : token == shape.Head ? shape.HeadLemma : text);
            }

            return string.Join(' ', words);
        }

        private string AdjectiveLemma(int token, string text)
        {
            if (_document.Morphology.Length != _document.Tokens.Length)
            {
                return text.ToLowerInvariant();
            }

            Analysis? reading = _document.Morphology[token].Analyses.FirstOrDefault(analysis => analysis.Tag.PartOfSpeech == PartOfSpeech.Adjective);
            if (reading is null)
            {
                return text.ToLowerInvariant();
            }

            string lemma = reading.Lemma.ToLowerInvariant();
            bool feminine = _document.Morphology[token].Analyses.All(analysis => analysis.Tag.PartOfSpeech != PartOfSpeech.Adjective
                || (analysis.Tag.Gender & GrammaticalGender.Feminine) != 0);
            return feminine && lemma.Length > 1 && lemma[^1] is 'i' or 'y' ? lemma[..^1] + "a" : lemma;
        }

        /// <summary>The token's lemmas (every reading's) and its text.</summary>
        private IEnumerable<string> Lemmas(int token)
        {
            string text = _document.Tokens[token].Span.ToString(_document.Text);
            yield return text;
            if (_document.Morphology.Length == _document.Tokens.Length)
            {
                foreach (Analysis reading in _document.Morphology[token].Analyses)
                {
                    if (reading.Lemma.Length > 0 && !string.Equals(reading.Lemma, text, StringComparison.Ordinal))
                    {
                        yield return reading.Lemma;
                    }
                }
            }
        }

        /// <summary>The one country whose adjective or demonym (<paramref name="role"/>) is <paramref name="word"/>, or
        /// null (none, or several: "koreański").</summary>
        private Country? CountryNamed(string word, NameRole role)
        {
            if (_knowledge is null || word.Length == 0 || !IsWellFormed(word))
            {
                return null;
            }

            Country? found = null;
            foreach (NameMatch match in _knowledge.Find(word))
            {
                if (match.How == MatchHow.Exact && match.Entity is Country country && match.Name.Role == role && match.Name.Language == "pl")
                {
                    if (found is not null && found.Id != country.Id)
                    {
                        return role == NameRole.Demonym ? found : null;
                    }

                    found = country;
                }
            }

            return found;
        }

        private bool IsPlural(FoundName name) =>
            _document.Morphology.Length == _document.Tokens.Length && _document.Morphology[name.EndToken - 1].Best is { } best
            && (best.Tag.Number & GrammaticalNumber.Plural) != 0 && (best.Tag.Number & GrammaticalNumber.Singular) == 0;

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
    }
}
