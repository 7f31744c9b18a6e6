namespace Kronika.Core.Annotations;

/// <summary>One morphological tag, parsed: the fine tag as the dictionary writes it and the features later stages read.</summary>
/// <remarks>Tags are few (a few thousand in PoliMorf) and shared: the analysers intern them, so comparing two tags by
/// reference is comparing their text. Immutable.</remarks>
public sealed class MorphTag
{
    /// <summary>A tag with no features, for tokens nothing is known about.</summary>
    public static MorphTag Unknown { get; } = new("ign", "ign", PartOfSpeech.Other);

    /// <summary>Creates a tag.</summary>
    /// <param name="text">The fine tag, e.g. <c>subst:sg:dat:m1</c> (NKJP) or <c>verb:past</c> (English).</param>
    /// <param name="flexeme">The tagset's word class, the tag's first field: <c>subst</c>, <c>adj</c>, <c>fin</c>, <c>noun</c>.</param>
    /// <param name="partOfSpeech">The coarse class.</param>
    public MorphTag(string text, string flexeme, PartOfSpeech partOfSpeech)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(flexeme);
        Text = text;
        Flexeme = flexeme;
        PartOfSpeech = partOfSpeech;
    }

    /// <summary>The fine tag as the dictionary writes it.</summary>
    public string Text { get; }

    /// <summary>The tagset's word class (the first field of the fine tag).</summary>
    public string Flexeme { get; }

    /// <summary>The coarse part of speech.</summary>
    public PartOfSpeech PartOfSpeech { get; }

    /// <summary>The cases the form may be in; <see cref="GrammaticalCase.None"/> when it does not inflect for case.</summary>
    public GrammaticalCase Case { get; init; }

    /// <summary>The numbers the form may be in.</summary>
    public GrammaticalNumber Number { get; init; }

    /// <summary>The genders the form may be in.</summary>
    public GrammaticalGender Gender { get; init; }

    /// <summary>Person, 1 to 3, or 0 when the form has none.</summary>
    public int Person { get; init; }

    /// <summary>Aspect of a verb form as the tagset writes it ("perf", "imperf", "imperf.perf"); empty when it has none.</summary>
    public string Aspect { get; init; } = string.Empty;

    /// <summary>Degree of an adjective or adverb ("pos", "com", "sup"); empty when it has none.</summary>
    public string Degree { get; init; } = string.Empty;

    /// <summary>The remaining fields (negation, accent, vocalicity, reflexivity...) as the tag writes them, colon-joined; empty when none.</summary>
    public string Rest { get; init; } = string.Empty;

    /// <summary>True when the form may be in any of <paramref name="cases"/>.</summary>
    public bool AllowsCase(GrammaticalCase cases) => (Case & cases) != 0;

    /// <inheritdoc />
    public override string ToString() => Text;
}
