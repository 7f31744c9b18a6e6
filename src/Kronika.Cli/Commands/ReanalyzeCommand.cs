using System.ComponentModel;
using System.Globalization;
using Kronika.Cli.Composition;
using Kronika.Contract;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Storage;
using Kronika.Storage.Layers;
using Spectre.Console.Cli;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika reanalyze [--db ...] [--all]</c>: runs the current pipeline again over stored articles (their clean
/// text, regions and metadata, as stored) and replaces each one's analysis and layers in one transaction.</summary>
/// <remarks>Without <c>--all</c> only articles whose stored version (pipeline stages, program build, knowledge base) differs
/// from this process's are redone, in id order; each one done carries the current version, so a run killed at any
/// moment and started again goes on with the rest. Entity ids stay stable: <c>kb:</c> keys come from the knowledge base,
/// <c>new:</c> keys from base forms, so the same text gives the same ids.</remarks>
internal sealed class ReanalyzeCommand : Command<ReanalyzeCommand.Settings>
{
    private readonly Terminal _terminal;
    private readonly Lazy<Engine> _engine;
    private readonly TimeProvider _time;

    public ReanalyzeCommand(Terminal terminal, Lazy<Engine> engine, TimeProvider time)
    {
        _terminal = terminal;
        _engine = engine;
        _time = time;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using IArticleStore store = StoreFactory.OpenExisting(DatabasePath.Resolve(settings.Database));
        Engine engine = _engine.Value;
        string pipeline = engine.Pipeline.Description;
        AnalysisVersion? current = settings.All ? null : AnalysisVersion.Current(pipeline);
        long total = store.CountStaleAnalyses(current);
        _terminal.Error.WriteLine($"reanalyze: {total.ToString(CultureInfo.InvariantCulture)} article(s) to analyse with {pipeline}");
        long done = 0;
        int failed = 0;
        string? after = null;
        while (true)
        {
            IReadOnlyList<StaleAnalysis> batch = store.StaleAnalyses(current, after, 100);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (StaleAnalysis stale in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                after = stale.Id;
                if (store.Find(stale.Id) is not { } article)
                {
                    continue;
                }

                Document document = engine.Run(Rebuild(article), cancellationToken);
                if (document.Id != article.Id)
                {
                    // The text is the article's identity; a pipeline that changed it is a bug, and the article keeps its analysis.
                    _terminal.Fail($"{article.Id}: the pipeline changed the text; analysis kept");
                    failed++;
                    continue;
                }

                AnalysedArticles.Reanalysed(store, document, pipeline, _time.GetUtcNow());
                done++;
                if (done % 100 == 0 || done == total)
                {
                    _terminal.Error.WriteLine($"reanalyze: {done.ToString(CultureInfo.InvariantCulture)}/{total.ToString(CultureInfo.InvariantCulture)}");
                }
            }
        }

        _terminal.Error.WriteLine($"reanalyze: {done.ToString(CultureInfo.InvariantCulture)} article(s) analysed again{(failed > 0 ? $", {failed} kept their analysis" : string.Empty)}");
        return failed > 0 ? 3 : 0;
    }

    /// <summary>The document as the reader left it: the stored clean text with the regions, removed debris and metadata of
    /// its stored record (a text alone when the stored analysis is not a kronika/1 record).</summary>
    internal static Document Rebuild(StoredArticle article)
    {
        AnalysisRecord? record = null;
        try
        {
            record = KronikaJson.Deserialize(article.AnalysisJson);
        }
        catch (System.Text.Json.JsonException)
        {
            // An analysis that is not a record (written by a tool): the columns alone say what the reader knew.
        }

        ArticleRecord? stored = record?.Article.Text == article.Text ? record.Article : null;
        return new Document
        {
            Id = article.Id,
            Input = article.Input,
            Text = article.Text,
            Metadata = new ArticleMetadata
            {
                Url = article.Url,
                Outlet = article.Outlet,
                CreditedSource = article.CreditedSource,
                Published = article.Published,
                PublishedFrom = stored?.PublishedFrom ?? (article.Published is null ? "none" : "carrier"),
                Author = stored?.Author,
                Modified = stored?.Modified,
                CanonicalUrl = stored?.CanonicalUrl,
            },
            Regions = stored is null
                ? [new Region(RegionType.Paragraph, new TextSpan(0, article.Text.Length))]
                : [.. stored.Regions.Select(region => new Region(RegionTypeOf(region.Type), new TextSpan(region.Start, region.End)))],
            Removed = stored is null ? [] : [.. stored.Removed.Select(removal => new Removal(removal.Text, removal.Reason, new TextSpan(removal.Start, removal.End)))],
        };
    }

    // "quote_block" -> QuoteBlock: the contract writes region types in snake_case (ArticleContract.NameOf).
    private static RegionType RegionTypeOf(string name) =>
        Enum.Parse<RegionType>(name.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);

    /// <summary>Arguments of <c>reanalyze</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--db <PATH|CONNECTION>")]
        [Description("The store: a SQLite file or a PostgreSQL database (default: $KRONIKA_DB, else ./kronika.db)")]
        public string? Database { get; init; }

        [CommandOption("--all")]
        [Description("Analyse every accepted article again, not only those made by another pipeline, build or knowledge base")]
        public bool All { get; init; }
    }
}
