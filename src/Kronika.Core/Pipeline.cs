using System.Collections.Immutable;

namespace Kronika.Core;

/// <summary>An ordered list of stages, checked once when built: each stage's requirements are met by the
/// layers the input brings or an earlier stage produces.</summary>
/// <remarks>Immutable; one instance may run many documents on many threads at once.</remarks>
public sealed class Pipeline
{
    private readonly ImmutableArray<IStage> _stages;

    /// <summary>Builds the pipeline from <paramref name="stages"/> in the caller's order, verbatim.</summary>
    /// <param name="stages">The stages, in running order.</param>
    /// <param name="provided">Layers every input document already carries (the readers make text and regions).</param>
    /// <exception cref="ArgumentException">When a stage requires a layer nothing before it produces, or two stages share a name.</exception>
    public Pipeline(IEnumerable<IStage> stages, Layers provided = Layers.Text | Layers.Regions)
    {
        ArgumentNullException.ThrowIfNull(stages);
        _stages = [.. stages];
        Layers available = provided;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (IStage stage in _stages)
        {
            if (!names.Add(stage.Name))
            {
                throw new ArgumentException($"Two stages are named '{stage.Name}'.", nameof(stages));
            }

            Layers missing = stage.Requires & ~available;
            if (missing != Layers.None)
            {
                throw new ArgumentException($"Stage '{stage.Name}' requires {missing}, which no earlier stage produces.", nameof(stages));
            }

            available |= stage.Produces;
        }

        Produces = available;
    }

    /// <summary>The stages in running order.</summary>
    public ImmutableArray<IStage> Stages => _stages;

    /// <summary>Every layer a document carries after a full run.</summary>
    public Layers Produces { get; }

    /// <summary>A short fingerprint of the stage list ("language,tokenize,sentences"), stored with each analysis.</summary>
    public string Description => string.Join(',', _stages.Select(stage => stage.Name));

    /// <summary>Runs every stage in order, stopping at the first rejection.</summary>
    /// <exception cref="StageFailedException">When a stage throws; it names the stage and the document.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public Document Run(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (IStage stage in _stages)
        {
            if (document.Rejection is not null)
            {
                break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                document = stage.Run(document, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new StageFailedException(stage.Name, document.Input, exception);
            }
        }

        return document;
    }
}
