using System.Collections.Immutable;
using Kronika.Core;

namespace Kronika.Nlp.Events.English;

/// <summary>One element of a frame after its head: a word to find (its lemma or form), the target's slot, or an
/// infinitive ("to" + verb) whose object is the target.</summary>
/// <param name="Word">The lemma or lower-case form to find; null for a slot.</param>
/// <param name="Target">True for the target's slot.</param>
public readonly record struct FrameElement(string? Word, bool Target);

/// <summary>One row of <c>Events/English/Data/patterns.en.tsv</c>: a verb or noun with its argument frame and the
/// event it states.</summary>
/// <param name="Id">The row's id ("consult-meet-with").</param>
/// <param name="Noun">True for a nominalisation ("N visit to O"); false for a verb ("S meet with O").</param>
/// <param name="Head">The lemma of the verb or noun.</param>
/// <param name="Elements">What follows the head, in order.</param>
/// <param name="Infinitive">True when the frame ends in "to": the target is the object of the verb that follows
/// ("threatened to attack X").</param>
/// <param name="Type">The PLOVER type or REQUEST.</param>
/// <param name="Cameo">The CAMEO code.</param>
/// <param name="Mode">The PLOVER mode, or null.</param>
/// <param name="Context">The PLOVER context, or null.</param>
/// <param name="Example">A sentence the row must code (the tests run it).</param>
/// <param name="Expected">The English names of the example's source and target: "source &gt; target", or "source".</param>
public sealed record EnglishPattern(string Id, bool Noun, string Head, ImmutableArray<FrameElement> Elements, bool Infinitive,
    string Type, string Cameo, string? Mode, string? Context, string Example, string Expected)
{
    /// <summary>The pattern file.</summary>
    public const string File = "Events/English/Data/patterns.en.tsv";

    /// <summary>The types a row may give: PLOVER's eighteen and REQUEST.</summary>
    public static readonly ImmutableHashSet<string> Types =
    [
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE", "DEMAND", "DISAPPROVE",
        "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "REQUEST",
    ];

    /// <summary>True when the frame has a slot for the target.</summary>
    public bool HasTarget => Infinitive || Elements.Any(element => element.Target);

    /// <summary>The rows of the embedded pattern file.</summary>
    /// <exception cref="InvalidDataException">When a row is malformed; the message names the line.</exception>
    public static IReadOnlyList<EnglishPattern> Load()
    {
        var patterns = new List<EnglishPattern>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (DataLine line in DataFiles.Lines(DataFiles.ReadEmbedded(typeof(EnglishPattern).Assembly, File), File))
        {
            string[] columns = line.Columns;
            if (columns.Length != 8 || !ids.Add(columns[0]) || !Types.Contains(columns[2]) || columns[3].Length is < 2 or > 4 || !columns[3].All(char.IsAsciiDigit)
                || columns[6].Length == 0 || columns[7].Length == 0)
            {
                throw new InvalidDataException($"{line.Where}: expected 'id, frame, type, cameo, mode, context, example, actors' with a new id, a known type and a CAMEO code.");
            }

            patterns.Add(Parse(columns, line.Where));
        }

        return patterns;
    }

    private static EnglishPattern Parse(string[] columns, string where)
    {
        string[] words = columns[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words[0] is not ("S" or "N") || words[1] is "S" or "O" or "N")
        {
            throw new InvalidDataException($"{where}: a frame is 'S verb ...' or 'N noun ...'.");
        }

        bool infinitive = words.Length > 2 && words[^1] == "to" && words[0] == "S" && !words.Contains("O");
        ImmutableArray<FrameElement>.Builder elements = ImmutableArray.CreateBuilder<FrameElement>();
        foreach (string word in words.Skip(2).Take(words.Length - (infinitive ? 3 : 2)))
        {
            if (word == "S" || word.Any(char.IsUpper) && word != "O")
            {
                throw new InvalidDataException($"{where}: '{word}' is neither a lower-case word nor O.");
            }

            elements.Add(word == "O" ? new FrameElement(null, true) : new FrameElement(word, false));
        }

        return new EnglishPattern(columns[0], words[0] == "N", words[1], elements.ToImmutable(), infinitive, columns[2], columns[3],
            columns[4] is "" or "-" ? null : columns[4], columns[5] is "" or "-" ? null : columns[5], columns[6], columns[7]);
    }
}
