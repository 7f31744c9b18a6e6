namespace Kronika.Core;

/// <summary>One step of the pipeline: takes a document, returns it with one more layer.</summary>
/// <remarks>Implementations are sealed, immutable after construction and safe to call from many threads.
/// Expected refusals are returned as <see cref="Document.Rejection"/>; exceptions mean a bug or a broken dependency.</remarks>
public interface IStage
{
    /// <summary>Short, stable, lowercase name ("tokenize"); used in errors, golden files and stored rows.</summary>
    string Name { get; }

    /// <summary>Layers an earlier stage (or the reader) must have produced.</summary>
    Layers Requires { get; }

    /// <summary>Layers this stage adds.</summary>
    Layers Produces { get; }

    /// <summary>Returns <paramref name="document"/> with this stage's layer added; never edits an existing layer.</summary>
    Document Run(Document document, CancellationToken cancellationToken);
}
