using Kronika.Evaluation.Extraction;

namespace Kronika.ExtractionPeer;

/// <summary>What one system extracted from every page of a set, and how long it took.</summary>
/// <param name="System">The system's name in the table.</param>
/// <param name="Extracted">Per page, in the set's order: what it extracted (nothing where it failed).</param>
/// <param name="Milliseconds">Total time of the timed pass over the set, by the system's own clock.</param>
/// <param name="Failures">Pages the system threw on, with the first line of the error.</param>
/// <param name="Retried">Pages the system managed only on a second attempt, with how.</param>
internal sealed record SystemRun(string System, IReadOnlyList<ExtractedPage> Extracted, double Milliseconds, IReadOnlyList<string> Failures, IReadOnlyList<string> Retried)
{
    /// <summary>Pages per second of the timed pass.</summary>
    public double PagesPerSecond => Milliseconds <= 0 ? 0 : Extracted.Count * 1000.0 / Milliseconds;
}
