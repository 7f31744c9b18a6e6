namespace Kronika.Core.Annotations;

/// <summary>How a quote gives what was said.</summary>
public enum QuoteKind
{
    /// <summary>Verbatim: inside quotation marks, or a dash-introduced speech paragraph.</summary>
    Direct,

    /// <summary>Reported speech: a speech or cognition verb with its content clause ("zauważył, że ...", "said that ...").</summary>
    Reported,
}
