using System.Globalization;
using Kronika.Storage.Search;

namespace Kronika.Api;

/// <summary>Reads and checks query-string parameters, collecting one message per bad parameter, so that a request gets
/// every problem at once as a 400 validation problem. Values are only ever passed to the store as SQL parameters; the
/// checks here are about meaning (a type that does not exist, a page too large), not about quoting.</summary>
internal sealed class QueryErrors
{
    /// <summary>The longest id or text a parameter may carry.</summary>
    public const int MaxText = 200;

    /// <summary>The event types: PLOVER's 18 and REQUEST.</summary>
    public static readonly IReadOnlySet<string> EventTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE", "DEMAND", "DISAPPROVE",
        "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "REQUEST",
    };

    /// <summary>The modalities of kronika/1 events.</summary>
    public static readonly IReadOnlySet<string> Modalities = new HashSet<string>(StringComparer.Ordinal) { "asserted", "reported", "hypothetical", "negated", "denied" };

    /// <summary>The entity types of kronika/1.</summary>
    public static readonly IReadOnlySet<string> EntityTypes = new HashSet<string>(StringComparer.Ordinal) { "PER", "ORG", "GPE", "LOC", "FAC", "EVT", "PRO" };

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public bool Any => Errors.Count > 0;

    public void Add(string name, string message) => Errors[name] = [message];

    /// <summary>The page size: 20 when absent, 1 to <paramref name="max"/>.</summary>
    public int Limit(string? text, int max) => Number(text, "limit", 20, 1, max);

    /// <summary>The rows to skip: 0 when absent, at most a million.</summary>
    public int Offset(string? text) => Number(text, "offset", 0, 0, 1_000_000);

    public int Number(string? text, string name, int fallback, int min, int max)
    {
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max)
        {
            return value;
        }

        Add(name, $"must be a whole number from {min} to {max}");
        return fallback;
    }

    /// <summary>An id or free text: null when absent or blank, refused when too long or holding control characters.</summary>
    public string? Text(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > MaxText || text.Any(char.IsControl))
        {
            Add(name, $"must be at most {MaxText} characters, without control characters");
            return null;
        }

        return text;
    }

    /// <summary>One of <paramref name="allowed"/>, compared as written.</summary>
    public string? OneOf(string? text, string name, IReadOnlySet<string> allowed)
    {
        if (text is null)
        {
            return null;
        }

        if (allowed.Contains(text))
        {
            return text;
        }

        Add(name, "must be one of " + string.Join(", ", allowed));
        return null;
    }

    /// <summary>An ISO 3166-1 alpha-3 code ("BLR").</summary>
    public string? Country(string? text, string name)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length == 3 && text.All(char.IsAsciiLetterUpper))
        {
            return text;
        }

        Add(name, "must be an ISO 3166-1 alpha-3 code such as POL or BLR");
        return null;
    }

    /// <summary>A CAMEO code or its prefix: one to four digits.</summary>
    public string? Cameo(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length is >= 1 and <= 4 && text.All(char.IsAsciiDigit))
        {
            return text;
        }

        Add("cameo", "must be a CAMEO code or its prefix: one to four digits");
        return null;
    }

    /// <summary>An ISO 639-1 language code.</summary>
    public string? Language(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length is >= 2 and <= 3 && text.All(char.IsAsciiLetterLower))
        {
            return text;
        }

        Add("language", "must be an ISO 639-1 code such as pl or en");
        return null;
    }

    /// <summary>A day written yyyy-MM-dd.</summary>
    public DateOnly? Day(string? text, string name)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
        {
            return day;
        }

        Add(name, "must be a date written yyyy-MM-dd");
        return null;
    }

    /// <summary>Refuses a range whose end is before its start.</summary>
    public void Range(DateOnly? from, DateOnly? to)
    {
        if (from > to)
        {
            Add("to", "must not be before from");
        }
    }

    /// <summary>A full-text query: 1 to <see cref="SearchWords.MaxWords"/> words of letters or digits.</summary>
    public string? Search(string? text, string name, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Add(name, "is required");
            }

            return null;
        }

        if (text.Length > MaxText || SearchWords.Parse(text).Count is 0 or > SearchWords.MaxWords)
        {
            Add(name, $"must have 1 to {SearchWords.MaxWords} words of letters or digits, at most {MaxText} characters");
            return null;
        }

        return text;
    }
}
