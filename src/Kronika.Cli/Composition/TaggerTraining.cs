using System.Diagnostics;
using System.Globalization;
using Kronika.Nlp.Mentions.Tagger;

namespace Kronika.Cli.Composition;

/// <summary>The end both tagger-training commands share: train, report each epoch, write the model into place.</summary>
internal static class TaggerTraining
{
    /// <summary>Trains on <paramref name="training"/> for <paramref name="epochs"/> epochs and writes the model to
    /// <paramref name="output"/>, reporting progress on the terminal; <paramref name="started"/> times the whole run.</summary>
    public static void TrainAndWrite(Terminal terminal, IReadOnlyList<(IReadOnlyList<string> Tokens, IReadOnlyList<string> Labels)> training,
        NerFeatures features, int epochs, string output, long started, CancellationToken cancellationToken)
    {
        NerModel model = NerTrainer.Train(training, features, epochs, (epoch, accuracy) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            terminal.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kronika: epoch {epoch}: {accuracy:P2} of tokens right while training"));
        });

        ModelFile.Write(output, stream =>
        {
            model.Save(stream);
            return model.FeatureCount;
        });
        terminal.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"kronika: {output}: {model.FeatureCount} features, {new FileInfo(output).Length} bytes, in {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s"));
    }
}
