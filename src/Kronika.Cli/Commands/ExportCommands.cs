using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Kronika.Cli.Composition;
using Kronika.Knowledge;
using Kronika.Storage;
using Kronika.Storage.Layers;
using Parquet.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kronika.Cli.Commands;

/// <summary>What every export takes: the store, the format and the file.</summary>
internal interface IExportSettings
{
    string? Database { get; }

    string Format { get; }

    string Out { get; }
}

/// <summary>Writes listings to files: JSON Lines, Parquet, and for events a GDELT-style CSV; atomically, with progress
/// on standard error every page.</summary>
internal static class ExportWriter
{
    /// <summary>The formats every export has; events add <c>gdelt</c>.</summary>
    public static readonly string[] Formats = ["jsonl", "parquet"];

    public static ValidationResult Validate(IExportSettings settings, bool gdelt) =>
        string.IsNullOrWhiteSpace(settings.Out) ? ValidationResult.Error("--out FILE is required")
        : !Formats.Contains(settings.Format) && !(gdelt && settings.Format == "gdelt")
            ? ValidationResult.Error($"--format must be {string.Join(", ", gdelt ? [.. Formats, "gdelt"] : Formats)}")
        : ValidationResult.Success();

    /// <summary>Pages through the store, writes the file in the chosen format, and reports the count; 1 when the file cannot be written.</summary>
    public static int Run<TItem, TRow>(Terminal terminal, IExportSettings settings, string what, Func<IArticleStore, int, int, IReadOnlyList<TItem>> page,
        Func<TItem, TRow> row, Action<IEnumerable<TItem>, StreamWriter>? csv = null)
        where TRow : class, new()
    {
        using IArticleStore store = StoreFactory.OpenExisting(DatabasePath.Resolve(settings.Database));
        long written = 0;
        void Progress(long done)
        {
            written = done;
            if (done > 0 && done % 10_000 == 0)
            {
                terminal.Error.WriteLine($"export {what}: {done.ToString(CultureInfo.InvariantCulture)}");
            }
        }

        IEnumerable<TItem> items = ExportFile.All((limit, offset) => page(store, limit, offset), Progress, pageSize: 10_000);
        try
        {
            ExportFile.Write(settings.Out, stream =>
            {
                switch (settings.Format)
                {
                    case "parquet":
                        ParquetSerializer.SerializeAsync(items.Select(row).ToList(), stream).GetAwaiter().GetResult();
                        break;
                    case "gdelt":
                    {
                        using StreamWriter writer = ExportFile.Text(stream);
                        csv!(items, writer);
                        break;
                    }

                    default:
                    {
                        using StreamWriter writer = ExportFile.Text(stream);
                        foreach (TItem item in items)
                        {
                            writer.WriteLine(JsonSerializer.Serialize(item, QueryOutput.Json));
                        }

                        break;
                    }
                }
            });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            terminal.Fail($"{settings.Out}: {exception.Message}");
            return 1;
        }

        terminal.Error.WriteLine($"export {what}: {written.ToString(CultureInfo.InvariantCulture)} written to {settings.Out} ({settings.Format})");
        return 0;
    }
}

/// <summary><c>kronika export events --format jsonl|gdelt|parquet --out FILE</c> with the filters of <c>query events</c>.</summary>
internal sealed class ExportEventsCommand : Command<ExportEventsCommand.Settings>
{
    /// <summary>The GDELT-style columns: GDELT's own names where the meaning is the same, Kronika's after them.</summary>
    /// <remarks>No Goldstein scale: Kronika has no weight it could derive honestly from its types. Country codes are
    /// ISO 3166-1 alpha-3 (GDELT's actors use CAMEO country codes, mostly the same letters; its geography uses FIPS).</remarks>
    public const string GdeltHeader =
        "SQLDATE,Actor1Name,Actor1CountryCode,Actor2Name,Actor2CountryCode,EventCode,EventRootCode,QuadClass," +
        "ActionGeo_FullName,ActionGeo_CountryCode,ActionGeo_Lat,ActionGeo_Long,SOURCEURL,Sentence,EventType,Modality,ArticleId,EventIndex";

    private readonly Terminal _terminal;

    public ExportEventsCommand(Terminal terminal) => _terminal = terminal;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        EventQuery query;
        try
        {
            query = settings.ToQuery();
        }
        catch (FormatException exception)
        {
            _terminal.Fail(exception.Message);
            return 2;
        }

        return ExportWriter.Run(_terminal, settings, "events", (store, limit, offset) => store.Events(query with { Limit = limit, Offset = offset }),
            ExportEventRow.Of, WriteGdelt);
    }

    /// <summary>One row per source–target pair of each event (one row with the empty side blank when a side has no actor),
    /// as GDELT has one actor per side.</summary>
    private static void WriteGdelt(IEnumerable<StoredEvent> events, StreamWriter writer)
    {
        KnowledgeBase knowledge = KnowledgeBase.LoadDefault();
        writer.WriteLine(GdeltHeader);
        foreach (StoredEvent @event in events)
        {
            GeoPoint? point = @event.Location is { Id: var place } && place.StartsWith("kb:", StringComparison.Ordinal)
                ? knowledge.Get(place[3..]) switch { Country country => country.Location, City city => city.Location, _ => null }
                : null;
            string date = @event.Day?.Replace("-", string.Empty, StringComparison.Ordinal) ?? string.Empty;
            string? root = @event.Cameo is { Length: >= 2 } cameo ? cameo[..2] : null;
            int? quad = QuadClass.Of(@event.Type);
            EventActor?[] sources = @event.Source.Count == 0 ? [null] : [.. @event.Source];
            EventActor?[] targets = @event.Target.Count == 0 ? [null] : [.. @event.Target];
            foreach (EventActor? source in sources)
            {
                foreach (EventActor? target in targets)
                {
                    writer.WriteLine(string.Join(',',
                        date, ExportFile.Csv(source?.Name ?? source?.Id), ExportFile.Csv(source?.Country), ExportFile.Csv(target?.Name ?? target?.Id),
                        ExportFile.Csv(target?.Country), ExportFile.Csv(@event.Cameo), ExportFile.Csv(root), quad?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                        ExportFile.Csv(@event.Location?.Name), ExportFile.Csv(@event.Location?.Country), ExportFile.Csv(point?.Latitude), ExportFile.Csv(point?.Longitude),
                        ExportFile.Csv(@event.Url), ExportFile.Csv(@event.Sentence), @event.Type, @event.Modality, ExportFile.Csv(@event.ArticleId),
                        @event.Index.ToString(CultureInfo.InvariantCulture)));
                }
            }
        }
    }

    /// <summary>Arguments of <c>export events</c>.</summary>
    internal sealed class Settings : QueryEventFilters, IExportSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("jsonl (one event per line, as query --json), gdelt (GDELT-style CSV) or parquet")]
        [DefaultValue("jsonl")]
        public string Format { get; init; } = "jsonl";

        [CommandOption("--out <FILE>")]
        [Description("The file to write (replaced whole once the export is complete)")]
        public string Out { get; init; } = string.Empty;

        public override ValidationResult Validate()
        {
            ValidationResult result = ExportWriter.Validate(this, gdelt: true);
            return result.Successful ? base.Validate() : result;
        }
    }
}

/// <summary><c>kronika export entities --format jsonl|parquet --out FILE</c> with the filters of <c>query entities</c>.</summary>
internal sealed class ExportEntitiesCommand : Command<ExportEntitiesCommand.Settings>
{
    private readonly Terminal _terminal;

    public ExportEntitiesCommand(Terminal terminal) => _terminal = terminal;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        EntityQuery query = settings.ToQuery();
        return ExportWriter.Run(_terminal, settings, "entities", (store, limit, offset) => store.Entities(query with { Limit = limit, Offset = offset }),
            ExportEntityRow.Of);
    }

    /// <summary>Arguments of <c>export entities</c>.</summary>
    internal sealed class Settings : QueryEntitiesCommand.Filters, IExportSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("jsonl or parquet")]
        [DefaultValue("jsonl")]
        public string Format { get; init; } = "jsonl";

        [CommandOption("--out <FILE>")]
        [Description("The file to write (replaced whole once the export is complete)")]
        public string Out { get; init; } = string.Empty;

        public override ValidationResult Validate() => ExportWriter.Validate(this, gdelt: false);
    }
}

/// <summary><c>kronika export quotes --format jsonl|parquet --out FILE</c> with the filters of <c>query quotes</c>.</summary>
internal sealed class ExportQuotesCommand : Command<ExportQuotesCommand.Settings>
{
    private readonly Terminal _terminal;

    public ExportQuotesCommand(Terminal terminal) => _terminal = terminal;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        QuoteQuery query = settings.ToQuery();
        return ExportWriter.Run(_terminal, settings, "quotes", (store, limit, offset) => store.Quotes(query with { Limit = limit, Offset = offset }),
            ExportQuoteRow.Of);
    }

    /// <summary>Arguments of <c>export quotes</c>.</summary>
    internal sealed class Settings : QueryQuotesCommand.Filters, IExportSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("jsonl or parquet")]
        [DefaultValue("jsonl")]
        public string Format { get; init; } = "jsonl";

        [CommandOption("--out <FILE>")]
        [Description("The file to write (replaced whole once the export is complete)")]
        public string Out { get; init; } = string.Empty;

        public override ValidationResult Validate() => ExportWriter.Validate(this, gdelt: false);
    }
}
