using System.Text.Json;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Ingest;
using Kronika.Ingest.Bulk;

namespace Kronika.Cli.Composition;

/// <summary>Runs many inputs through the engine the way every command does: one failure is reported on one line and
/// the batch goes on; the exit code says what happened.</summary>
/// <remarks>Exit codes: 0 all inputs analysed; 1 an input was missing, unreadable or refused; 3 a stage failed (a bug).</remarks>
internal sealed class InputBatch
{
    private readonly Terminal _terminal;
    private readonly Engine _engine;

    /// <summary>A batch writing its errors to <paramref name="terminal"/>.</summary>
    public InputBatch(Terminal terminal, Engine engine)
    {
        _terminal = terminal;
        _engine = engine;
    }

    /// <summary>Inputs that were missing or could not be read.</summary>
    public int Failed { get; private set; }

    /// <summary>Inputs refused with a <see cref="Rejection"/>.</summary>
    public int Rejected { get; private set; }

    /// <summary>Called with each document as read, before the pipeline (refused ones excepted); true when it was dealt
    /// with otherwise (linked as a near-duplicate) and is not to be analysed. Null: every document is analysed.</summary>
    public Func<Document, bool>? Divert { get; init; }

    /// <summary>Inputs <see cref="Divert"/> took.</summary>
    public int Diverted { get; private set; }

    /// <summary>Inputs on which a stage threw.</summary>
    public int StageFailures { get; private set; }

    /// <summary>0, 1 or 3, as the remarks say.</summary>
    public int ExitCode => StageFailures > 0 ? 3 : Failed + Rejected > 0 ? 1 : 0;

    /// <summary>The inputs under <paramref name="paths"/>; reports each path that names nothing, and a run with no input at all.</summary>
    public List<string> Expand(IReadOnlyList<string> paths)
    {
        var missing = new List<string>();
        List<string> inputs = InputFiles.Expand(paths, missing);
        foreach (string path in missing)
        {
            Failed++;
            _terminal.Fail($"{path}: no such file or directory");
        }

        if (inputs.Count == 0 && missing.Count == 0)
        {
            Failed++;
            _terminal.Fail($"no article files (*.txt, *.html, *.htm or without extension) in {string.Join(", ", paths)}");
        }

        return inputs;
    }

    /// <summary>Analyses the input at <paramref name="path"/>, or every record of it when it is a bulk file (WARC, JSON
    /// Lines), streaming: one record in memory at a time. Yields each input's name and document, null where it could not
    /// be read or a stage failed (already reported) or <see cref="Divert"/> took it. A bulk file that breaks off is reported
    /// after its good records.</summary>
    public IEnumerable<(string Input, Document? Document)> AnalyzeEach(string path, CancellationToken cancellationToken)
    {
        if (path == InputFiles.StandardInput || !BulkFiles.IsBulk(path))
        {
            yield return (path, Analyze(path, cancellationToken));
            yield break;
        }

        using IEnumerator<BulkItem> records = BulkFiles.Read(path, _engine.ReaderOptions.MaxBytes).GetEnumerator();
        while (true)
        {
            BulkItem item;
            try
            {
                if (!records.MoveNext())
                {
                    yield break;
                }

                item = records.Current;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                Failed++;
                _terminal.Fail(exception is WarcFormatException ? exception.Message : $"{path}: cannot read: {exception.Message}");
                yield break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (item.Bytes is null)
            {
                Failed++;
                _terminal.Fail($"{item.Input}: {item.Problem}");
                yield return (item.Input, null);
                continue;
            }

            yield return (item.Input, Analyze(item.Bytes, item.Input, item.Hints, cancellationToken));
        }
    }

    /// <summary>Reads and analyses <paramref name="input"/>; null when it could not be read or a stage failed (already
    /// reported), or <see cref="Divert"/> took it.
    /// A refused document is returned and reported.</summary>
    public Document? Analyze(string input, CancellationToken cancellationToken) => Analyze(input, InputHints.None, cancellationToken);

    /// <summary>Reads and analyses <paramref name="input"/> with what its source says of it besides its bytes
    /// (<paramref name="hints"/>: a publication date, a URL); otherwise as <see cref="Analyze(string, CancellationToken)"/>.</summary>
    public Document? Analyze(string input, InputHints hints, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = InputFiles.Read(input, _terminal.Input, _engine.ReaderOptions.MaxBytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Failed++;
            _terminal.Fail($"{input}: cannot read: {exception.Message}");
            return null;
        }

        return Analyze(bytes, input, hints, cancellationToken);
    }

    private Document? Analyze(byte[] bytes, string input, InputHints hints, CancellationToken cancellationToken)
    {
        Document document;
        try
        {
            document = _engine.Read(bytes, input, hints);
            if (document.Rejection is null && Divert is { } divert && divert(document))
            {
                Diverted++;
                return null;
            }

            document = _engine.Run(document, cancellationToken);
        }
        catch (StageFailedException exception)
        {
            StageFailures++;
            _terminal.Fail($"stage '{exception.Stage}' failed on '{exception.Input}': {exception.InnerException?.Message ?? exception.Message}");
            return null;
        }

        if (document.Rejection is { } rejection)
        {
            Rejected++;
            _terminal.Fail($"{input}: {ReasonCode(rejection.Reason)} (stage {rejection.Stage}): {rejection.Detail}");
        }

        return document;
    }

    /// <summary>The snake_case code of <paramref name="reason"/>, as kronika/1 and the store write it.</summary>
    public static string ReasonCode(RejectionReason reason) => JsonNamingPolicy.SnakeCaseLower.ConvertName(reason.ToString());
}
