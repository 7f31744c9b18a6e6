namespace Kronika.Core.Annotations;

/// <summary>Something said in the article, verbatim or reported, with where it is attributed and to whom.</summary>
/// <param name="Kind">Direct (verbatim) or reported.</param>
/// <param name="Content">What was said: for a direct quote the text inside the quotation marks (a quote split by an
/// attribution, or running over several paragraphs, covers both parts and what lies between).</param>
/// <param name="Cue">The speech verb or attribution phrase ("stwierdził", "said", "according to"), or null when none was found.</param>
/// <param name="Speaker">The phrase that names who speaks: a name or role phrase in the text, the name a pronoun or zero
/// subject was resolved to, or the previous quote's speaker; null when unknown or unsafe.</param>
/// <param name="SpeakerVia">How <paramref name="Speaker"/> was found.</param>
/// <param name="SpeakerReference">Where the cue's own subject stands when it is not <paramref name="Speaker"/> (a
/// pronoun: "she said"); null otherwise.</param>
/// <param name="SpeakerEntity">Index into <see cref="Document.Entities"/> of the speaker, or null until entities are linked to speakers.</param>
public sealed record Quote(
    QuoteKind Kind,
    TextSpan Content,
    TextSpan? Cue,
    TextSpan? Speaker,
    SpeakerVia SpeakerVia = SpeakerVia.None,
    TextSpan? SpeakerReference = null,
    int? SpeakerEntity = null);
