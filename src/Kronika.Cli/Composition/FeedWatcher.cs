using System.Globalization;
using Kronika.Contract;
using Kronika.Core;
using Kronika.Ingest;
using Kronika.Ingest.Feeds;
using Kronika.Ingest.Web;
using Kronika.Storage;
using Kronika.Storage.Duplicates;

namespace Kronika.Cli.Composition;

/// <summary>One polling round of <c>kronika watch</c>: every feed is fetched (conditionally), its new items' pages are
/// fetched, read with the item's hints, analysed and stored the way <c>kronika ingest</c> stores, and the state is saved
/// after every item.</summary>
/// <remarks>
/// A broken feed or page is reported on one line and the round goes on. Nothing is fetched or stored twice across
/// restarts: an item is marked handled in the state file right after it is stored, and a feed's validators are saved
/// only once all its items are handled (otherwise the next poll would get 304 and never see the rest). The one gap is a
/// crash between storing an article and saving the state: the next run fetches that page again and the store, idempotent
/// by article id, adds nothing.
/// </remarks>
internal sealed class FeedWatcher
{
    /// <summary>Rounds an item whose page failed transiently (timeout, 429, 5xx, network) is tried in, at most.</summary>
    public const int MaxItemAttempts = 3;

    private readonly Terminal _terminal;
    private readonly Engine _engine;
    private readonly IArticleStore _store;
    private readonly WebFetcher _fetcher;
    private readonly WatchStateFile _stateFile;
    private readonly WatchState _state;
    private readonly TimeProvider _time;

    // Pages already handled through any feed (links and final URLs): section feeds of one site overlap, and a page
    // listed by two of them is fetched once.
    private readonly HashSet<string> _handledPages = new(StringComparer.Ordinal);

    /// <summary>A watcher writing progress and errors to <paramref name="terminal"/>, its state to <paramref name="stateFile"/>.</summary>
    public FeedWatcher(Terminal terminal, Engine engine, IArticleStore store, WebFetcher fetcher, WatchStateFile stateFile, WatchState state, TimeProvider time)
    {
        _terminal = terminal;
        _engine = engine;
        _store = store;
        _fetcher = fetcher;
        _stateFile = stateFile;
        _state = state;
        _time = time;
        foreach (ItemState item in state.Feeds.Values.SelectMany(feed => feed.Items.Values))
        {
            if (item.Outcome != "failed" && item.Url is { } url)
            {
                _handledPages.Add(url);
            }
        }
    }

    /// <summary>Polls every feed once.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> stops the round; the
    /// state holds every item handled until then.</exception>
    public async Task<RoundTally> PollAsync(IReadOnlyList<FeedSource> feeds, CancellationToken cancellationToken)
    {
        var tally = new RoundTally();
        foreach (FeedSource source in feeds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            tally.Feeds++;
            if (source.Url is not { } url)
            {
                tally.FeedsFailed++;
                _terminal.Fail($"feeds file line {source.Line}: '{source.Text}' is not an absolute URL");
                continue;
            }

            await PollFeedAsync(url, tally, cancellationToken).ConfigureAwait(false);
            _stateFile.Save(_state);
        }

        return tally;
    }

    private async Task PollFeedAsync(Uri url, RoundTally tally, CancellationToken cancellationToken)
    {
        FeedState feedState = _state.Of(url);
        FetchResult fetched = await _fetcher.FetchAsync(url, new CacheValidators(feedState.ETag, feedState.LastModified), cancellationToken)
            .ConfigureAwait(false);
        feedState.Polled = _time.GetUtcNow();
        if (fetched.NotModified)
        {
            tally.NotModified++;
            Progress($"{url}: not modified");
            return;
        }

        if (!fetched.Succeeded)
        {
            tally.FeedsFailed++;
            _terminal.Fail($"feed {url}: {fetched.Error}");
            return;
        }

        FeedParse parse = FeedParser.Parse(fetched.Body, fetched.FinalUrl);
        if (parse.Feed is not { } feed)
        {
            tally.FeedsFailed++;
            _terminal.Fail($"feed {url}: {parse.Error}");
            return;
        }

        List<FeedItem> fresh = [.. feed.Items.Where(item => !feedState.Items.TryGetValue(item.Key, out ItemState? seen)
            || (seen.Retry && seen.Attempts < MaxItemAttempts))];
        Progress($"{url}: {feed.Format}, {feed.Items.Count} items, {fresh.Count} new");
        bool pending = false;
        foreach (FeedItem item in fresh)
        {
            cancellationToken.ThrowIfCancellationRequested();
            tally.NewItems++;
            int attempts = feedState.Items.TryGetValue(item.Key, out ItemState? earlier) ? earlier.Attempts : 0;
            ItemState outcome = await HandleAsync(item, tally, cancellationToken).ConfigureAwait(false);
            outcome.Attempts = attempts + 1;
            outcome.Retry &= outcome.Attempts < MaxItemAttempts;
            pending |= outcome.Retry;
            feedState.Items[item.Key] = outcome;
            _stateFile.Save(_state);
        }

        if (!pending)
        {
            feedState.ETag = fetched.Validators.ETag;
            feedState.LastModified = fetched.Validators.LastModified;
        }
    }

    private async Task<ItemState> HandleAsync(FeedItem item, RoundTally tally, CancellationToken cancellationToken)
    {
        if (item.Link is not { } link)
        {
            tally.Failed++;
            _terminal.Fail($"item '{item.Key}': no link to fetch");
            return Outcome("failed", null, null, "the item has no link");
        }

        if (_handledPages.Contains(link.AbsoluteUri))
        {
            tally.AlreadyStored++;
            Progress($"already handled through another item: {link}");
            return Outcome("duplicate", link.AbsoluteUri, null, null);
        }

        FetchResult page = await _fetcher.FetchAsync(link, null, cancellationToken).ConfigureAwait(false);
        if (!page.Succeeded)
        {
            tally.Failed++;
            _terminal.Fail(page.Error ?? $"{link}: no body");
            ItemState failed = Outcome("failed", link.AbsoluteUri, null, page.Error);
            failed.Retry = page.IsTransient;
            return failed;
        }

        string input = page.FinalUrl.AbsoluteUri;
        _handledPages.Add(link.AbsoluteUri);
        _handledPages.Add(input);
        var hints = new InputHints
        {
            ContentType = page.ContentType,
            Url = input,
            Published = item.Published?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            Title = item.Title,
        };
        Document document;
        try
        {
            document = _engine.Reader.Read(page.Body, input, hints);
            if (document.Rejection is null && NearDuplicateLinker.Link(document, _store, _time.GetUtcNow(), out _) is { } original)
            {
                // The same story as one already stored (an agency copy): linked to it, not analysed again.
                tally.NearDuplicates++;
                Progress($"near-duplicate {input} of {original.ArticleId}");
                return Outcome("near_duplicate", input, null, $"near-duplicate of {original.ArticleId}");
            }

            document = _engine.Pipeline.Run(document, cancellationToken);
        }
        catch (StageFailedException exception)
        {
            tally.StageFailures++;
            _terminal.Fail($"stage '{exception.Stage}' failed on '{exception.Input}': {exception.InnerException?.Message ?? exception.Message}");
            return Outcome("failed", input, null, $"stage '{exception.Stage}' failed");
        }

        string json = KronikaJson.Serialize(ArticleContract.From(document));
        StoreOutcome stored = AnalysedArticles.Store(_store, document, json, _engine.Pipeline.Description, _time.GetUtcNow());
        if (document.Rejection is { } rejection)
        {
            tally.Rejected++;
            string detail = $"{InputBatch.ReasonCode(rejection.Reason)} (stage {rejection.Stage}): {rejection.Detail}";
            Progress($"rejected {input}: {detail}");
            return Outcome("rejected", input, document.Id, detail);
        }

        if (stored == StoreOutcome.Added)
        {
            tally.Added++;
            Progress($"added {input}");
            return Outcome("added", input, document.Id, null);
        }

        tally.AlreadyStored++;
        Progress($"already stored {input}");
        return Outcome("already_stored", input, document.Id, null);
    }

    private ItemState Outcome(string outcome, string? url, string? article, string? detail) =>
        new() { Outcome = outcome, Url = url, Article = article, Detail = detail, At = _time.GetUtcNow() };

    private void Progress(string line) => _terminal.Error.WriteLine("kronika: " + line.ReplaceLineEndings(" "));
}

/// <summary>Counts of one polling round.</summary>
internal sealed class RoundTally
{
    /// <summary>Feeds polled (lines of the feeds file that name one, and those that do not).</summary>
    public int Feeds { get; set; }

    /// <summary>Feeds that could not be fetched or parsed, or whose line is not a URL.</summary>
    public int FeedsFailed { get; set; }

    /// <summary>Feeds that answered 304 Not Modified.</summary>
    public int NotModified { get; set; }

    /// <summary>Items not handled before (or retried) this round.</summary>
    public int NewItems { get; set; }

    /// <summary>New articles stored.</summary>
    public int Added { get; set; }

    /// <summary>Pages whose article the store already had, or that another item (of this feed or another) led to before.</summary>
    public int AlreadyStored { get; set; }

    /// <summary>Pages linked to a stored article they nearly repeat, not analysed.</summary>
    public int NearDuplicates { get; set; }

    /// <summary>Pages refused by the reader (stored with their reason, as <c>ingest</c> does).</summary>
    public int Rejected { get; set; }

    /// <summary>Items whose page could not be fetched, or that have no link.</summary>
    public int Failed { get; set; }

    /// <summary>Pages on which a stage threw (a bug).</summary>
    public int StageFailures { get; set; }

    /// <summary>0 when every feed was read and every new item handled; 1 when a feed or a page failed; 3 when a stage
    /// failed (as <see cref="InputBatch.ExitCode"/>). Refused pages are stored with their reason and are not failures.</summary>
    public int ExitCode => StageFailures > 0 ? 3 : FeedsFailed + Failed > 0 ? 1 : 0;

    /// <summary>The round as one line for standard output.</summary>
    public string Summary(int round) => string.Create(CultureInfo.InvariantCulture,
        $"round {round}: feeds {Feeds} (failed {FeedsFailed}, not modified {NotModified}), new items {NewItems}: added {Added}, already stored {AlreadyStored}, near-duplicates {NearDuplicates}, rejected {Rejected}, failed {Failed + StageFailures}");
}
