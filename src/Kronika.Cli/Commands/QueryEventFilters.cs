using System.ComponentModel;
using System.Globalization;
using Kronika.Storage.Layers;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kronika.Cli.Commands;

/// <summary>The event filters shared by <c>query events</c> and <c>export events</c>, read into an <see cref="EventQuery"/>.</summary>
internal class QueryEventFilters : CommandSettings
{
    [CommandOption("--db <PATH|CONNECTION>")]
    [Description("The store: a SQLite file or a PostgreSQL database (default: $KRONIKA_DB, else ./kronika.db)")]
    public string? Database { get; init; }

    [CommandOption("--actor <ID>")]
    [Description("Only events with this entity (kb:... or new:...) among their actors")]
    public string? Actor { get; init; }

    [CommandOption("--actor-role <ROLE>")]
    [Description("With --actor: source or target")]
    public string? ActorRole { get; init; }

    [CommandOption("--actor-country <CODE>")]
    [Description("Only events with an actor of this country (ISO 3166-1 alpha-3: POL, BLR)")]
    public string? ActorCountry { get; init; }

    [CommandOption("--type <TYPE>")]
    [Description("Only events of this PLOVER type (AGREE ... FIGHT) or REQUEST")]
    public string? Type { get; init; }

    [CommandOption("--cameo <PREFIX>")]
    [Description("Only events whose CAMEO code starts with these digits (04: consultations)")]
    public string? Cameo { get; init; }

    [CommandOption("--modality <MODALITY>")]
    [Description("Only asserted, reported, hypothetical, negated or denied events")]
    public string? Modality { get; init; }

    [CommandOption("--place <ID>")]
    [Description("Only events at this place (an entity id)")]
    public string? Place { get; init; }

    [CommandOption("--from <DATE>")]
    [Description("Only events on or after this day (YYYY-MM-DD; the event's date, else its article's publication day)")]
    public string? From { get; init; }

    [CommandOption("--to <DATE>")]
    [Description("Only events on or before this day (YYYY-MM-DD)")]
    public string? To { get; init; }

    [CommandOption("--article <ID>")]
    [Description("Only events of this article")]
    public string? Article { get; init; }

    /// <summary>The query these options describe, without paging.</summary>
    /// <exception cref="FormatException">When a date is not YYYY-MM-DD.</exception>
    public EventQuery ToQuery() => new()
    {
        Actor = Actor,
        ActorRole = ActorRole,
        ActorCountry = ActorCountry,
        Type = Type,
        CameoPrefix = Cameo,
        Modality = Modality,
        Place = Place,
        From = Day(From, "--from"),
        To = Day(To, "--to"),
        Article = Article,
    };

    public override ValidationResult Validate() =>
        ActorRole is not (null or "source" or "target") ? ValidationResult.Error("--actor-role must be source or target")
        : ActorRole is not null && Actor is null ? ValidationResult.Error("--actor-role needs --actor")
        : Cameo is not null && (Cameo.Length is 0 or > 4 || !Cameo.All(char.IsAsciiDigit)) ? ValidationResult.Error("--cameo must be 1 to 4 digits")
        : ValidationResult.Success();

    internal static DateOnly? Day(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day)
            ? day
            : throw new FormatException($"{option} {text}: expected a date as YYYY-MM-DD");
    }
}
