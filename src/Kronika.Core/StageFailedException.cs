namespace Kronika.Core;

/// <summary>A stage threw: a bug or a broken dependency, never an expected refusal (those are <see cref="Annotations.Rejection"/>s).</summary>
public sealed class StageFailedException : Exception
{
    /// <summary>Wraps <paramref name="inner"/>, naming the stage and the document it failed on.</summary>
    public StageFailedException(string stage, string input, Exception inner)
        : base($"Stage '{stage}' failed on '{input}': {inner.Message}", inner)
    {
        Stage = stage;
        Input = input;
    }

    /// <summary>The stage's <see cref="IStage.Name"/>.</summary>
    public string Stage { get; }

    /// <summary>The document's input (path, URL or "-").</summary>
    public string Input { get; }
}
