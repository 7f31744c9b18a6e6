using System.Collections.Concurrent;
using System.Text;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Morphology.Polish;

/// <summary>Parses and interns PoliMorf tags (NKJP tagset as Morfologik writes it: <c>subst:sg:nom.acc:m3</c>, alternatives
/// sharing one base form joined by '+').</summary>
/// <remarks>Tags are interned by the 64-bit FNV-1a hash of their UTF-8 bytes, checked against the text, so a lookup finds its
/// parsed tags without allocating. Thread-safe.</remarks>
public static class PolishTags
{
    private static readonly ConcurrentDictionary<ulong, MorphTag[]> _byHash = new();
    private static readonly ConcurrentDictionary<string, MorphTag> _byText = new(StringComparer.Ordinal);

    /// <summary>The parsed tags of <paramref name="tag"/> (one per '+' alternative), interned.</summary>
    public static MorphTag[] Of(ReadOnlySpan<byte> tag)
    {
        ulong hash = Hash(tag);
        if (_byHash.TryGetValue(hash, out MorphTag[]? tags) && Matches(tags, tag))
        {
            return tags;
        }

        string text = Encoding.UTF8.GetString(tag);
        MorphTag[] parsed = [.. text.Split('+').Select(Parse)];
        return _byHash.TryAdd(hash, parsed) || !Matches(_byHash[hash], tag) ? parsed : _byHash[hash];
    }

    /// <summary>The one interned tag for a single tag text (no '+').</summary>
    public static MorphTag Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _byText.GetOrAdd(text, Create);
    }

    private static MorphTag Create(string text)
    {
        string[] fields = text.Split(':');
        string flexeme = fields[0];
        var cases = GrammaticalCase.None;
        var numbers = GrammaticalNumber.None;
        var genders = GrammaticalGender.None;
        int person = 0;
        string aspect = string.Empty;
        string degree = string.Empty;
        var rest = new List<string>();
        for (int i = 1; i < fields.Length; i++)
        {
            if (fields[i] is "perf" or "imperf" or "imperf.perf" or "perf.imperf")
            {
                aspect = fields[i];
                continue;
            }

            if (fields[i] is "pos" or "com" or "sup")
            {
                degree = fields[i];
                continue;
            }

            bool known = false;
            foreach (string value in fields[i].Split('.'))
            {
                known |= Feature(value, ref cases, ref numbers, ref genders, ref person);
            }

            if (!known)
            {
                rest.Add(fields[i]);
            }
        }

        return new MorphTag(text, flexeme, PartOfSpeechOf(flexeme, fields))
        {
            Case = cases,
            Number = numbers,
            Gender = genders,
            Person = person,
            Aspect = aspect,
            Degree = degree,
            Rest = string.Join(':', rest),
        };
    }

    private static bool Feature(string value, ref GrammaticalCase cases, ref GrammaticalNumber numbers, ref GrammaticalGender genders, ref int person)
    {
        switch (value)
        {
            case "nom": cases |= GrammaticalCase.Nominative; return true;
            case "gen": cases |= GrammaticalCase.Genitive; return true;
            case "dat": cases |= GrammaticalCase.Dative; return true;
            case "acc": cases |= GrammaticalCase.Accusative; return true;
            case "inst": cases |= GrammaticalCase.Instrumental; return true;
            case "loc": cases |= GrammaticalCase.Locative; return true;
            case "voc": cases |= GrammaticalCase.Vocative; return true;
            case "sg": numbers |= GrammaticalNumber.Singular; return true;
            case "pl": numbers |= GrammaticalNumber.Plural; return true;
            case "m1" or "p1": genders |= GrammaticalGender.MasculinePersonal; return true;
            case "m2": genders |= GrammaticalGender.MasculineAnimate; return true;
            case "m3": genders |= GrammaticalGender.MasculineInanimate; return true;
            case "f": genders |= GrammaticalGender.Feminine; return true;
            case "n" or "n1" or "n2": genders |= GrammaticalGender.Neuter; return true;

            // Plural-only nouns of the older tagset: non-personal (p2, "drzwi") and the "państwo"-type (p3).
            case "p2" or "p3": genders |= GrammaticalGender.MasculineAnimate | GrammaticalGender.MasculineInanimate | GrammaticalGender.Feminine | GrammaticalGender.Neuter; return true;
            case "pri": person = 1; return true;
            case "sec": person = 2; return true;
            case "ter": person = 3; return true;
            default: return false;
        }
    }

    private static PartOfSpeech PartOfSpeechOf(string flexeme, string[] fields) => flexeme switch
    {
        // Morfologik writes some participles under "verb" ("verb:pact:..."); the second field tells.
        "verb" when fields.Length > 1 && fields[1] is "pact" or "ppas" => PartOfSpeech.Adjective,
        "subst" or "depr" => PartOfSpeech.Noun,
        "adj" or "adja" or "adjp" or "adjc" or "pact" or "ppas" => PartOfSpeech.Adjective,
        "verb" or "fin" or "bedzie" or "praet" or "impt" or "imps" or "inf" or "pcon" or "pant" or "winien" or "pred" or "aglt" or "ger" => PartOfSpeech.Verb,
        "adv" => PartOfSpeech.Adverb,
        "num" or "numcol" => PartOfSpeech.Numeral,
        "ppron12" or "ppron3" or "siebie" => PartOfSpeech.Pronoun,
        "prep" => PartOfSpeech.Preposition,
        "conj" or "comp" => PartOfSpeech.Conjunction,
        "qub" or "interj" or "burk" => PartOfSpeech.Particle,
        "brev" => PartOfSpeech.Abbreviation,

        _ => PartOfSpeech.Other,
    };

    private static bool Matches(MorphTag[] tags, ReadOnlySpan<byte> bytes)
    {
        int position = 0;
        for (int i = 0; i < tags.Length; i++)
        {
            string text = tags[i].Text;
            if (i > 0)
            {
                if (position >= bytes.Length || bytes[position++] != (byte)'+')
                {
                    return false;
                }
            }

            if (position + text.Length > bytes.Length)
            {
                return false;
            }

            foreach (char c in text)
            {
                if (bytes[position++] != c)
                {
                    return false;
                }
            }
        }

        return position == bytes.Length;
    }

    private static ulong Hash(ReadOnlySpan<byte> bytes)
    {
        ulong hash = 14695981039346656037UL;
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
