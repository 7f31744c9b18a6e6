using System.Collections.Frozen;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Morphology.English;

/// <summary>Kronika's English tags, interned: one <see cref="MorphTag"/> per tag text.</summary>
/// <remarks>noun:sg, noun:pl, noun:poss, propn, propn:poss, verb:base, verb:3sg, verb:past (also the past participle of
/// regular verbs), verb:ger, verb:form (an irregular form WordNet lists without saying which), adj:pos, adj:com,
/// adj:sup, adv, and the function-word classes pron, det, prep, conj, part, num, aux.</remarks>
public static class EnglishTags
{
    private static readonly FrozenDictionary<string, MorphTag> _tags = Create(
        ("noun:sg", PartOfSpeech.Noun, GrammaticalNumber.Singular), ("noun:pl", PartOfSpeech.Noun, GrammaticalNumber.Plural),
        ("noun:poss", PartOfSpeech.Noun, GrammaticalNumber.None), ("propn", PartOfSpeech.Noun, GrammaticalNumber.None),
        ("propn:poss", PartOfSpeech.Noun, GrammaticalNumber.None), ("verb:base", PartOfSpeech.Verb, GrammaticalNumber.None),
        ("verb:3sg", PartOfSpeech.Verb, GrammaticalNumber.Singular), ("verb:past", PartOfSpeech.Verb, GrammaticalNumber.None),
        ("verb:ger", PartOfSpeech.Verb, GrammaticalNumber.None), ("verb:form", PartOfSpeech.Verb, GrammaticalNumber.None),
        ("adj:pos", PartOfSpeech.Adjective, GrammaticalNumber.None), ("adj:com", PartOfSpeech.Adjective, GrammaticalNumber.None),
        ("adj:sup", PartOfSpeech.Adjective, GrammaticalNumber.None), ("adv", PartOfSpeech.Adverb, GrammaticalNumber.None),
        ("pron", PartOfSpeech.Pronoun, GrammaticalNumber.None), ("det", PartOfSpeech.Particle, GrammaticalNumber.None),
        ("prep", PartOfSpeech.Preposition, GrammaticalNumber.None), ("conj", PartOfSpeech.Conjunction, GrammaticalNumber.None),
        ("part", PartOfSpeech.Particle, GrammaticalNumber.None), ("num", PartOfSpeech.Numeral, GrammaticalNumber.None),
        ("aux", PartOfSpeech.Verb, GrammaticalNumber.None));

    /// <summary>The interned tag for <paramref name="text"/>.</summary>
    /// <exception cref="KeyNotFoundException">When <paramref name="text"/> is not one of Kronika's English tags.</exception>
    public static MorphTag Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _tags.TryGetValue(text, out MorphTag? tag) ? tag : throw new KeyNotFoundException($"'{text}' is not an English tag of Kronika's.");
    }

    private static FrozenDictionary<string, MorphTag> Create(params (string Text, PartOfSpeech PartOfSpeech, GrammaticalNumber Number)[] tags) =>
        tags.ToFrozenDictionary(tag => tag.Text, tag => new MorphTag(tag.Text, tag.Text.Split(':')[0], tag.PartOfSpeech) { Number = tag.Number }, StringComparer.Ordinal);
}
