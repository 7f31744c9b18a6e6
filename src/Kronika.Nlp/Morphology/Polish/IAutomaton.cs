namespace Kronika.Nlp.Morphology.Polish;

/// <summary>What a dictionary lookup needs of a Morfologik automaton, whichever byte layout stores it (CFSA2, FSA5).</summary>
/// <remarks>Nodes and arcs are byte offsets into the arcs; a node is the offset of its first arc. Implementations are
/// immutable and thread-safe.</remarks>
internal interface IAutomaton
{
    /// <summary>Offset of the root node.</summary>
    int Root { get; }

    /// <summary>Bytes held in memory.</summary>
    long SizeInBytes { get; }

    /// <summary>The arc of <paramref name="node"/> labelled <paramref name="label"/>, or -1.</summary>
    int FindArc(int node, byte label);

    /// <summary>The label byte of <paramref name="arc"/>.</summary>
    byte Label(int arc);

    /// <summary>True when a sequence may end after <paramref name="arc"/>.</summary>
    bool IsFinal(int arc);

    /// <summary>True when <paramref name="arc"/> is the last of its node.</summary>
    bool IsLast(int arc);

    /// <summary>The arc after <paramref name="arc"/> in its node; only valid when <see cref="IsLast"/> is false.</summary>
    int Next(int arc);

    /// <summary>The node <paramref name="arc"/> leads to; 0 for none (a terminal arc).</summary>
    int Target(int arc);
}
