using System.Collections.Frozen;
using System.Collections.Immutable;
using Kronika.Core;

namespace Kronika.Nlp.Events.Ontology;

/// <summary>The event ontology: the PLOVER types plus REQUEST with their quad classes and modes, the PLOVER contexts,
/// and every CAMEO code with the type, mode and context it maps to (the reviewed data files in
/// <c>Events/Ontology/Data/</c>).</summary>
/// <remarks>Immutable; thread-safe. <see cref="LoadDefault"/> loads the embedded files once per process.</remarks>
public sealed class EventOntology
{
    /// <summary>The event types, their quad classes and modes.</summary>
    public const string TypesFile = "Events/Ontology/Data/types.tsv";

    /// <summary>The contexts and their other spellings.</summary>
    public const string ContextsFile = "Events/Ontology/Data/contexts.tsv";

    /// <summary>The CAMEO codes.</summary>
    public const string CameoFile = "Events/Ontology/Data/cameo.tsv";

    private static readonly Lazy<EventOntology> _default = new(() => Load(
        DataFiles.ReadEmbedded(typeof(EventOntology).Assembly, TypesFile),
        DataFiles.ReadEmbedded(typeof(EventOntology).Assembly, ContextsFile),
        DataFiles.ReadEmbedded(typeof(EventOntology).Assembly, CameoFile)));

    private static readonly FrozenDictionary<string, QuadClass> _quads = new Dictionary<string, QuadClass>(StringComparer.Ordinal)
    {
        ["verbal-cooperation"] = QuadClass.VerbalCooperation,
        ["material-cooperation"] = QuadClass.MaterialCooperation,
        ["verbal-conflict"] = QuadClass.VerbalConflict,
        ["material-conflict"] = QuadClass.MaterialConflict,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, EventTypeDefinition> _types;
    private readonly FrozenDictionary<string, string> _contexts;
    private readonly FrozenDictionary<string, CameoCode> _codes;

    private EventOntology(FrozenDictionary<string, EventTypeDefinition> types, FrozenDictionary<string, string> contexts, FrozenDictionary<string, CameoCode> codes)
    {
        _types = types;
        _contexts = contexts;
        _codes = codes;
    }

    /// <summary>The event types, by name.</summary>
    public IReadOnlyCollection<EventTypeDefinition> Types => _types.Values;

    /// <summary>Every CAMEO code.</summary>
    public IReadOnlyCollection<CameoCode> Codes => _codes.Values;

    /// <summary>The canonical context names (other spellings not included).</summary>
    public IEnumerable<string> Contexts => _contexts.Values.Distinct(StringComparer.Ordinal);

    /// <summary>The ontology of the embedded data files, loaded on first use.</summary>
    /// <exception cref="InvalidDataException">When a data file is missing or malformed; the message names file and line.</exception>
    public static EventOntology LoadDefault() => _default.Value;

    /// <summary>The ontology of three files' contents, in the format of the embedded files.</summary>
    /// <param name="types">The contents of a types file (named <see cref="TypesFile"/> in errors).</param>
    /// <param name="contexts">The contents of a contexts file.</param>
    /// <param name="cameo">The contents of a CAMEO file.</param>
    /// <exception cref="InvalidDataException">When a line is malformed or refers to what the other files lack; the message names file and line.</exception>
    public static EventOntology Load(string types, string contexts, string cameo)
    {
        var typeTable = new Dictionary<string, EventTypeDefinition>(StringComparer.Ordinal);
        foreach (DataLine line in DataFiles.Lines(types, TypesFile))
        {
            string[] columns = line.Columns;
            if (columns.Length != 4 || !IsUpperWord(columns[0]) || !_quads.TryGetValue(columns[1], out QuadClass quad) || columns[3].Length == 0)
            {
                throw new InvalidDataException($"{line.Where}: expected 'TYPE, quad class, modes, description' with an upper-case type and a quad class of {string.Join(", ", _quads.Keys)}.");
            }

            ImmutableArray<string> modes = List(columns[2]);
            if (modes.Any(mode => !IsLowerName(mode)) || modes.Distinct(StringComparer.Ordinal).Count() != modes.Length)
            {
                throw new InvalidDataException($"{line.Where}: modes must be distinct lower-case names separated by commas, or '-'.");
            }

            if (!typeTable.TryAdd(columns[0], new EventTypeDefinition(columns[0], quad, modes, columns[3])))
            {
                throw new InvalidDataException($"{line.Where}: type '{columns[0]}' is listed twice.");
            }
        }

        var contextTable = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DataLine line in DataFiles.Lines(contexts, ContextsFile))
        {
            string[] columns = line.Columns;
            if (columns.Length != 3 || !IsLowerName(columns[0]) || columns[2].Length == 0)
            {
                throw new InvalidDataException($"{line.Where}: expected 'context, other spellings, description' with a lower-case context.");
            }

            foreach (string name in List(columns[1]).Prepend(columns[0]))
            {
                if (!IsLowerName(name) || !contextTable.TryAdd(name, columns[0]))
                {
                    throw new InvalidDataException($"{line.Where}: context name '{name}' is not a lower-case name or is listed twice.");
                }
            }
        }

        var codeTable = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        foreach (DataLine line in DataFiles.Lines(cameo, CameoFile))
        {
            CameoCode entry = CodeOf(line, typeTable, contextTable, codeTable);
            codeTable.Add(entry.Code, entry);
        }

        return new EventOntology(typeTable.ToFrozenDictionary(StringComparer.Ordinal), contextTable.ToFrozenDictionary(StringComparer.Ordinal), codeTable.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Whether <paramref name="type"/> is an event type of the ontology ("CONSULT"; case matters).</summary>
    public bool IsType(string type) => _types.ContainsKey(type);

    /// <summary>The definition of <paramref name="type"/>, or null when it is not a type.</summary>
    public EventTypeDefinition? TypeOf(string type) => _types.GetValueOrDefault(type);

    /// <summary>The quad class of <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentException">When <paramref name="type"/> is not a type of the ontology.</exception>
    public QuadClass QuadOf(string type) =>
        _types.TryGetValue(type, out EventTypeDefinition? definition) ? definition.Quad : throw new ArgumentException($"'{type}' is not an event type of the ontology.", nameof(type));

    /// <summary>The CAMEO code <paramref name="code"/> ("042"), or null when there is no such code.</summary>
    public CameoCode? Cameo(string code) => _codes.GetValueOrDefault(code);

    /// <summary>Whether <paramref name="mode"/> is a mode of <paramref name="type"/>.</summary>
    public bool IsMode(string type, string mode) => _types.TryGetValue(type, out EventTypeDefinition? definition) && definition.Modes.Contains(mode);

    /// <summary>The canonical name of context <paramref name="context"/> (the older "refugee" is "migration"), or null when it is not a context.</summary>
    public string? ContextOf(string context) => _contexts.GetValueOrDefault(context);

    /// <summary>What is wrong with an event or pattern of <paramref name="type"/> with these CAMEO code, mode and context, or
    /// null when they fit together: a known type, a known code of that type, a mode of that type, a known context.</summary>
    public string? Problem(string type, string? cameo, string? mode, string? context)
    {
        if (!_types.TryGetValue(type, out EventTypeDefinition? definition))
        {
            return $"'{type}' is not an event type";
        }

        if (cameo is not null && !_codes.ContainsKey(cameo))
        {
            return $"'{cameo}' is not a CAMEO code";
        }

        if (cameo is not null && _codes[cameo].Type != type)
        {
            return $"CAMEO {cameo} is {_codes[cameo].Type ?? "no event type"}, not {type}";
        }

        if (mode is not null && !definition.Modes.Contains(mode))
        {
            return $"'{mode}' is not a mode of {type}";
        }

        return context is not null && !_contexts.ContainsKey(context) ? $"'{context}' is not a context" : null;
    }

    /// <summary>The mode and context of an event: the given ones, each completed from CAMEO code <paramref name="cameo"/>
    /// when null (a visit coded 042 has mode "visit").</summary>
    public (string? Mode, string? Context) Complete(string? cameo, string? mode, string? context)
    {
        if ((mode is not null && context is not null) || cameo is null || !_codes.TryGetValue(cameo, out CameoCode? code))
        {
            return (mode, context);
        }

        return (mode ?? code.Mode, context ?? code.Context);
    }

    /// <summary><paramref name="candidate"/> with its mode and context completed from its CAMEO code (<see cref="Complete(string?, string?, string?)"/>).</summary>
    public EventCandidate Complete(EventCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        (string? mode, string? context) = Complete(candidate.Cameo, candidate.Mode, candidate.Context);
        return mode == candidate.Mode && context == candidate.Context ? candidate : candidate with { Mode = mode, Context = context };
    }

    private static CameoCode CodeOf(DataLine line, Dictionary<string, EventTypeDefinition> types, Dictionary<string, string> contexts, Dictionary<string, CameoCode> codes)
    {
        string[] columns = line.Columns;
        if (columns.Length != 5 || columns[4].Length == 0)
        {
            throw new InvalidDataException($"{line.Where}: expected 'code, type, mode, context, label' ('-' for none).");
        }

        string code = columns[0];
        if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit) || int.Parse(code.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture) is < 1 or > 20)
        {
            throw new InvalidDataException($"{line.Where}: '{code}' is not a CAMEO code (2 to 4 digits, starting 01 to 20).");
        }

        if (codes.ContainsKey(code))
        {
            throw new InvalidDataException($"{line.Where}: code {code} is listed twice.");
        }

        if (code.Length > 2 && !codes.ContainsKey(code[..^1]) && !codes.ContainsKey(code[..2]))
        {
            throw new InvalidDataException($"{line.Where}: code {code} comes before its parent code.");
        }

        string? type = Optional(columns[1]);
        string? mode = Optional(columns[2]);
        string? context = Optional(columns[3]);
        if (type is not null && !types.ContainsKey(type))
        {
            throw new InvalidDataException($"{line.Where}: '{type}' is not a type of {TypesFile}.");
        }

        if (mode is not null && (type is null || !types[type].Modes.Contains(mode)))
        {
            throw new InvalidDataException($"{line.Where}: '{mode}' is not a mode of {type ?? "no type"} in {TypesFile}.");
        }

        if (context is not null && (!contexts.TryGetValue(context, out string? canonical) || canonical != context))
        {
            throw new InvalidDataException($"{line.Where}: '{context}' is not a context name of {ContextsFile}.");
        }

        return new CameoCode(code, columns[4], type, mode, context);
    }

    private static string? Optional(string column) => column == "-" ? null : column;

    private static ImmutableArray<string> List(string column) =>
        column == "-" ? [] : [.. column.Split(',', StringSplitOptions.TrimEntries)];

    private static bool IsUpperWord(string text) => text.Length > 0 && text.All(char.IsAsciiLetterUpper);

    private static bool IsLowerName(string text) =>
        text.Length > 0 && char.IsAsciiLetterLower(text[0]) && text.All(c => char.IsAsciiLetterLower(c) || c is '-' or '_');
}
