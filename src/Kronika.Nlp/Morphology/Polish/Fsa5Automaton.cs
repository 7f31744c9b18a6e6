namespace Kronika.Nlp.Morphology.Polish;

/// <summary>A finite-state automaton in Morfologik's FSA5 byte layout, read from its public description
/// (repository morfologik/morfologik-stemming, <c>FSA5.java</c>); our own code.</summary>
/// <remarks>
/// Layout: magic <c>\fsa</c>, version byte 5, a filler byte, an annotation byte, and a byte whose high nibble is the
/// length of per-node data (non-zero only with the NUMBERS option) and whose low nibble is the goto length
/// <c>gtl</c>; then the arcs. An arc is its label byte, then <c>gtl</c> little-endian bytes whose three low bits are
/// flags (1 final, 2 last arc of its node, 4 target is the next arc in the array, in which case only one byte
/// follows the label) and whose remaining bits are the target's offset. Offset 0 holds a dummy node; the node after it
/// has one arc, to the root. Immutable after construction; safe from many threads.
/// </remarks>
internal sealed class Fsa5Automaton : IAutomaton
{
    /// <summary>The version byte of FSA5 files.</summary>
    public const byte Version = 5;

    private const int FinalArc = 1;
    private const int LastArc = 2;
    private const int TargetNext = 4;

    private readonly byte[] _arcs;
    private readonly int _nodeData;
    private readonly int _gotoLength;

    private Fsa5Automaton(byte[] arcs, int nodeData, int gotoLength)
    {
        _arcs = arcs;
        _nodeData = nodeData;
        _gotoLength = gotoLength;
        int epsilon = Skip(_nodeData);
        Root = Target(epsilon + _nodeData);
        if (Root <= 0 || Root >= arcs.Length)
        {
            throw new InvalidDataException("FSA5 root node lies outside the automaton.");
        }
    }

    /// <inheritdoc />
    public int Root { get; }

    /// <inheritdoc />
    public long SizeInBytes => _arcs.LongLength;

    /// <summary>Parses an automaton from the bytes of a <c>.dict</c> file.</summary>
    /// <exception cref="InvalidDataException">When the bytes are not an FSA5 automaton.</exception>
    public static Fsa5Automaton Parse(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.Length < 8 || bytes[0] != (byte)'\\' || bytes[1] != (byte)'f' || bytes[2] != (byte)'s' || bytes[3] != (byte)'a' || bytes[4] != Version)
        {
            throw new InvalidDataException($"{name}: not an FSA5 automaton.");
        }

        int nodeData = (bytes[7] >> 4) & 0x0F;
        int gotoLength = bytes[7] & 0x0F;
        if (gotoLength is < 1 or > 4)
        {
            throw new InvalidDataException($"{name}: FSA5 goto length {gotoLength} is out of range (1 to 4).");
        }

        if (bytes.Length < 8 + (2 * (1 + gotoLength)))
        {
            throw new InvalidDataException($"{name}: truncated before the arcs.");
        }

        return new Fsa5Automaton(bytes[8..].ToArray(), nodeData, gotoLength);
    }

    /// <inheritdoc />
    public int FindArc(int node, byte label)
    {
        for (int arc = node; ; arc = Skip(arc))
        {
            if (_arcs[arc] == label)
            {
                return arc;
            }

            if (IsLast(arc))
            {
                return -1;
            }
        }
    }

    /// <inheritdoc />
    public byte Label(int arc) => _arcs[arc];

    /// <inheritdoc />
    public bool IsFinal(int arc) => (_arcs[arc + 1] & FinalArc) != 0;

    /// <inheritdoc />
    public bool IsLast(int arc) => (_arcs[arc + 1] & LastArc) != 0;

    /// <inheritdoc />
    public int Next(int arc) => Skip(arc);

    /// <inheritdoc />
    /// <remarks>Returns the offset of the target's first arc (past any per-node data), as the other layouts do.</remarks>
    public int Target(int arc)
    {
        int node;
        if ((_arcs[arc + 1] & TargetNext) != 0)
        {
            node = Skip(arc);
        }
        else
        {
            node = 0;
            for (int i = _gotoLength - 1; i >= 0; i--)
            {
                node = (node << 8) | _arcs[arc + 1 + i];
            }

            node >>>= 3;
        }

        return node == 0 ? 0 : node + _nodeData;
    }

    private int Skip(int arc) => arc + 1 + ((_arcs[arc + 1] & TargetNext) != 0 ? 1 : _gotoLength);
}
