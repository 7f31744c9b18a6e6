using System.Collections.Frozen;
using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;

namespace Kronika.Nlp.Mentions.Tagger;

/// <summary>The weights of a named-entity tagger: for each feature key, one weight per label; the labels are BIO over the
/// classes it was trained on. Stored gzipped: magic <c>KNER</c>, version, labels, then each feature's key and its
/// weights as half-precision floats.</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class NerModel
{
    private const int Version = 1;

    private readonly FrozenDictionary<ulong, float[]> _weights;

    /// <summary>A model with <paramref name="labels"/> and <paramref name="weights"/>.</summary>
    public NerModel(ImmutableArray<string> labels, IReadOnlyDictionary<ulong, float[]> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        Labels = labels;
        _weights = weights.ToFrozenDictionary();
    }

    /// <summary>The Polish model Kronika ships, trained on the NKJP corpus by <c>kronika train ner</c>.</summary>
    public const string PolishModelFile = "Mentions/Data/ner-pl.bin";

    /// <summary>The Polish model the mentions stage uses: SlavicNER's types (PER, ORG, LOC, EVT, PRO), trained on NKJP's
    /// classes mapped to them and on SlavicNER's topics but one, by <c>kronika train mentions</c>.</summary>
    public const string PolishMentionModelFile = "Mentions/Data/mentions-pl.bin";

    /// <summary>Loads the embedded Polish NKJP model.</summary>
    /// <exception cref="InvalidDataException">When it is missing or corrupt.</exception>
    public static NerModel LoadPolish() => LoadEmbedded(PolishModelFile, "kronika train ner");

    /// <summary>Loads the embedded Polish model of the mentions stage.</summary>
    /// <exception cref="InvalidDataException">When it is missing or corrupt.</exception>
    public static NerModel LoadPolishMentions() => LoadEmbedded(PolishMentionModelFile, "kronika train mentions");

    private static NerModel LoadEmbedded(string name, string command)
    {
        using Stream stream = typeof(NerModel).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"Embedded model '{name}' is missing from Kronika.Nlp (rebuild it with '{command}').");
        return Load(stream, name);
    }

    /// <summary>The labels, "O" first.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>How many features have weights.</summary>
    public int FeatureCount => _weights.Count;

    /// <summary>Adds the weights of <paramref name="feature"/> to <paramref name="scores"/>; nothing when it has none.</summary>
    public void Add(ulong feature, Span<float> scores)
    {
        if (_weights.TryGetValue(feature, out float[]? weights))
        {
            for (int label = 0; label < scores.Length; label++)
            {
                scores[label] += weights[label];
            }
        }
    }

    /// <summary>Writes the model.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write("KNER"u8);
        writer.Write(Version);
        writer.Write(Labels.Length);
        foreach (string label in Labels)
        {
            writer.Write(label);
        }

        writer.Write(_weights.Count);
        foreach ((ulong key, float[] weights) in _weights.OrderBy(entry => entry.Key))
        {
            writer.Write(key);
            foreach (float weight in weights)
            {
                writer.Write((Half)weight);
            }
        }
    }

    /// <summary>Reads a model <see cref="Save"/> wrote.</summary>
    /// <exception cref="InvalidDataException">When the stream is not such a model; the message names <paramref name="name"/>.</exception>
    public static NerModel Load(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(gzip, Encoding.UTF8);
            if (!reader.ReadBytes(4).AsSpan().SequenceEqual("KNER"u8) || reader.ReadInt32() != Version)
            {
                throw new InvalidDataException($"{name}: not a Kronika named-entity model (version {Version}).");
            }

            var labels = ImmutableArray.CreateBuilder<string>();
            int labelCount = reader.ReadInt32();
            for (int i = 0; i < labelCount; i++)
            {
                labels.Add(reader.ReadString());
            }

            int count = reader.ReadInt32();
            var weights = new Dictionary<ulong, float[]>(count);
            for (int i = 0; i < count; i++)
            {
                ulong key = reader.ReadUInt64();
                var values = new float[labelCount];
                for (int label = 0; label < labelCount; label++)
                {
                    values[label] = (float)reader.ReadHalf();
                }

                weights[key] = values;
            }

            return new NerModel(labels.ToImmutable(), weights);
        }
        catch (EndOfStreamException exception)
        {
            throw new InvalidDataException($"{name}: the named-entity model is truncated or corrupt.", exception);
        }
    }
}
