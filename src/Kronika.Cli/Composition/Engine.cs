using Kronika.Core;
using Kronika.Ingest;
using Kronika.Nlp;

namespace Kronika.Cli.Composition;

/// <summary>The reader and the pipeline, built once per process and shared by every input (both are thread-safe).</summary>
internal sealed class Engine
{
    /// <summary>Composes <paramref name="reader"/> and <paramref name="pipeline"/>.</summary>
    public Engine(InputReader reader, Pipeline pipeline, ReaderOptions readerOptions)
    {
        Reader = reader;
        Pipeline = pipeline;
        ReaderOptions = readerOptions;
    }

    /// <summary>Reads bytes into a document.</summary>
    public InputReader Reader { get; }

    /// <summary>The analysis stages.</summary>
    public Pipeline Pipeline { get; }

    /// <summary>The reader's limits; <see cref="ReaderOptions.MaxBytes"/> bounds how much of a file is loaded.</summary>
    public ReaderOptions ReaderOptions { get; }

    /// <summary>The default reader and pipeline; loading the language models takes a moment, so call this once.</summary>
    public static Engine CreateDefault()
    {
        ReaderOptions options = ReaderOptions.Default;
        return new Engine(new InputReader(options), PipelineFactory.Create(PipelineOptions.Default), options);
    }

    /// <summary>Reads <paramref name="bytes"/> and runs the pipeline over the document.</summary>
    /// <exception cref="StageFailedException">When a stage throws: a bug, named with the stage and the input.</exception>
    public Document Analyze(ReadOnlySpan<byte> bytes, string input, CancellationToken cancellationToken) =>
        Pipeline.Run(Reader.Read(bytes, input), cancellationToken);

    /// <summary>Reads <paramref name="bytes"/> with what their carrier says (<paramref name="hints"/>), without analysing them.</summary>
    public Document Read(ReadOnlySpan<byte> bytes, string input, InputHints hints) => Reader.Read(bytes, input, hints);

    /// <summary>Runs the pipeline over a document <see cref="Read"/> made.</summary>
    /// <exception cref="StageFailedException">When a stage throws: a bug, named with the stage and the input.</exception>
    public Document Run(Document document, CancellationToken cancellationToken) => Pipeline.Run(document, cancellationToken);

    /// <summary>Reads <paramref name="bytes"/> with what their carrier says (<paramref name="hints"/>) and runs the pipeline.</summary>
    /// <exception cref="StageFailedException">When a stage throws: a bug, named with the stage and the input.</exception>
    public Document Analyze(ReadOnlySpan<byte> bytes, string input, InputHints hints, CancellationToken cancellationToken) =>
        Pipeline.Run(Reader.Read(bytes, input, hints), cancellationToken);
}
