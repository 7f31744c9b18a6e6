namespace Kronika.Nlp.Morphology.Polish;

/// <summary>A finite-state automaton in Morfologik's CFSA2 byte layout, read from its public description
/// (repository morfologik/morfologik-stemming, <c>CFSA2.java</c>); our own code.</summary>
/// <remarks>
/// Layout: magic <c>\fsa</c>, version byte 0xC6, flags (big-endian short), label-table size, label table, then the arcs.
/// An arc is a flag byte <c>N L F IIIII</c> (N: target is the next node, L: last arc of its node, F: final arc,
/// I: index into the label table, 0 meaning an explicit label byte follows), then a variable-length target address
/// unless N is set. Offset 0 holds a dummy node whose single arc leads to the root.
/// Immutable after construction; safe from many threads.
/// </remarks>
internal sealed class Cfsa2Automaton : IAutomaton
{
    /// <summary>The version byte of CFSA2 files.</summary>
    public const byte Version = 0xC6;
    private const int TargetNext = 0x80;
    private const int LastArc = 0x40;
    private const int FinalArc = 0x20;
    private const int LabelIndexMask = 0x1F;
    private const int NumbersFlag = 0x0100;

    private readonly byte[] _arcs;
    private readonly byte[] _labels;

    private Cfsa2Automaton(byte[] arcs, byte[] labels)
    {
        _arcs = arcs;
        _labels = labels;
        Root = Target(0);
    }

    /// <summary>Bytes held: the arcs and the label table.</summary>
    public long SizeInBytes => _arcs.LongLength + _labels.LongLength;

    /// <summary>Offset of the root node.</summary>
    public int Root { get; }

    /// <summary>Parses an automaton from the bytes of a <c>.dict</c> file.</summary>
    /// <exception cref="InvalidDataException">When the bytes are not a CFSA2 automaton this reader supports.</exception>
    public static Cfsa2Automaton Parse(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.Length < 8 || bytes[0] != (byte)'\\' || bytes[1] != (byte)'f' || bytes[2] != (byte)'s' || bytes[3] != (byte)'a')
        {
            throw new InvalidDataException($"{name}: not a Morfologik automaton (no '\\fsa' magic).");
        }

        if (bytes[4] != Version)
        {
            throw new InvalidDataException($"{name}: automaton version 0x{bytes[4]:X2} is not CFSA2 (0xC6).");
        }

        int flags = (bytes[5] << 8) | bytes[6];
        if ((flags & NumbersFlag) != 0)
        {
            throw new InvalidDataException($"{name}: automata with node numbers (NUMBERS flag) are not supported.");
        }

        int labelCount = bytes[7];
        int arcsStart = 8 + labelCount;
        if (bytes.Length <= arcsStart)
        {
            throw new InvalidDataException($"{name}: truncated before the arcs.");
        }

        return new Cfsa2Automaton(bytes[arcsStart..].ToArray(), bytes.Slice(8, labelCount).ToArray());
    }

    /// <summary>The arc of <paramref name="node"/> labelled <paramref name="label"/>, or -1.</summary>
    /// <remarks>The innermost loop of every lookup: reads each arc's flag byte once.</remarks>
    public int FindArc(int node, byte label)
    {
        byte[] arcs = _arcs;
        int arc = node;
        while (true)
        {
            int flags = arcs[arc];
            int index = flags & LabelIndexMask;
            int next = arc + 1;
            byte found = index > 0 ? _labels[index] : arcs[next++];
            if (found == label)
            {
                return arc;
            }

            if ((flags & LastArc) != 0)
            {
                return -1;
            }

            if ((flags & TargetNext) == 0)
            {
                while ((arcs[next++] & 0x80) != 0)
                {
                }
            }

            arc = next;
        }
    }

    /// <summary>The label byte of <paramref name="arc"/>.</summary>
    public byte Label(int arc)
    {
        int index = _arcs[arc] & LabelIndexMask;
        return index > 0 ? _labels[index] : _arcs[arc + 1];
    }

    /// <summary>True when a sequence may end after <paramref name="arc"/>.</summary>
    public bool IsFinal(int arc) => (_arcs[arc] & FinalArc) != 0;

    /// <summary>True when <paramref name="arc"/> is the last of its node.</summary>
    public bool IsLast(int arc) => (_arcs[arc] & LastArc) != 0;

    /// <summary>The arc after <paramref name="arc"/> in its node; only valid when <see cref="IsLast"/> is false.</summary>
    public int Next(int arc) => Skip(arc);

    /// <summary>The node <paramref name="arc"/> leads to; 0 for none (a terminal arc).</summary>
    public int Target(int arc)
    {
        if ((_arcs[arc] & TargetNext) != 0)
        {
            while (!IsLast(arc))
            {
                arc = Skip(arc);
            }

            return Skip(arc);
        }

        int offset = arc + ((_arcs[arc] & LabelIndexMask) == 0 ? 2 : 1);
        int value = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = _arcs[offset++];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
    }

    private int Skip(int arc)
    {
        int flag = _arcs[arc++];
        if ((flag & LabelIndexMask) == 0)
        {
            arc++;
        }

        if ((flag & TargetNext) == 0)
        {
            while ((_arcs[arc++] & 0x80) != 0)
            {
            }
        }

        return arc;
    }
}
