using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kronika.Contract;
using Kronika.Core;
using Kronika.Ingest;
using Kronika.Storage;
using Kronika.Storage.Duplicates;
using Kronika.Storage.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kronika.Api;

/// <summary>The HTTP API over the stored record: articles (listing with filters and paging, one article's kronika/1
/// analysis, its near-duplicates), entities, events, quotes, the actor network and the event timeline
/// (<see cref="RecordEndpoints"/>), full-text search, and an ingest endpoint behind API keys; an OpenAPI document at
/// <c>/openapi/v1.json</c>. Errors are RFC 9457 problem details.</summary>
public static class KronikaApi
{
    /// <summary>Largest page a listing returns.</summary>
    public const int MaxLimit = 100;

    /// <summary>The address <c>kronika serve</c> listens on unless told otherwise: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The header carrying an API key.</summary>
    public const string KeyHeader = "X-Api-Key";

    /// <summary>Builds the application listening on <paramref name="urls"/>; run it with <c>RunAsync</c>, stop it by disposing.</summary>
    public static WebApplication Build(ApiOptions options, IReadOnlyList<string> urls)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(urls);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls([.. urls]);
        // Kestrel's own limit sits above the endpoint's, so that an oversized body is drained and answered 413 by the
        // endpoint instead of the connection being cut while the client still sends.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = (2 * options.MaxBodyBytes) + (1024 * 1024));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.Configure<JsonOptions>(json => json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        WebApplication app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        Map(app, options);
        app.MapWebUi();
        return app;
    }

    private static void Map(WebApplication app, ApiOptions options)
    {
        RouteGroupBuilder api = app.MapGroup("/api");
        api.MapGet("/articles", (string? language, string? outlet, string? from, string? to, string? search, int? limit, int? offset) =>
            List(options.Store, language, outlet, from, to, search, limit, offset))
            .WithName("ListArticles").WithSummary("Articles newest first, filtered by language, outlet, publication dates and a full-text search");
        api.MapGet("/articles/{id}", (string id) => options.Store.Find(id) is { } article
                ? Results.Text(article.AnalysisJson, "application/json", Encoding.UTF8)
                : NotFound(id))
            .WithName("GetArticle").WithSummary("One article's kronika/1 analysis record");
        api.MapGet("/articles/{id}/duplicates", (string id) => options.Store.Find(id) is null
                ? NotFound(id)
                : Results.Ok(options.Store.NearDuplicatesOf(id).Select(link => new DuplicateItem(link.Id, link.Input, link.Url, link.Distance, link.LinkedAt)).ToList()))
            .WithName("GetDuplicates").WithSummary("The near-duplicates linked to an article (copies of the same story elsewhere)");
        api.MapPost("/ingest", (HttpRequest request, string? url, string? published, string? title, CancellationToken cancellationToken) =>
                Ingest(options, request, url, published, title, cancellationToken))
            .WithName("Ingest").WithSummary("Analyses the request body (HTML or text, charset from Content-Type) and stores it; needs an API key");
        RecordEndpoints.Map(api, options);
    }

    private static IResult List(IArticleStore store, string? language, string? outlet, string? from, string? to, string? search, int? limit, int? offset)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        int pageSize = limit ?? 20;
        int skip = offset ?? 0;
        if (pageSize is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"must be between 1 and {MaxLimit}"];
        }

        if (skip is < 0 or > 1_000_000)
        {
            errors["offset"] = ["must be between 0 and 1000000"];
        }

        if (language is not null && (language.Length is < 2 or > 3 || !language.All(char.IsAsciiLetterLower)))
        {
            errors["language"] = ["must be an ISO 639-1 code such as pl or en"];
        }

        DateOnly? first = Day(from, "from", errors);
        DateOnly? last = Day(to, "to", errors);
        if (search is not null && !string.IsNullOrWhiteSpace(search) && (search.Length > 200 || SearchWords.Parse(search).Count is 0 or > SearchWords.MaxWords))
        {
            // A search of no words ("%_") has nothing to match: refused here rather than failing in the store.
            errors["search"] = [$"must have 1 to {SearchWords.MaxWords} words of letters or digits, at most 200 characters"];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var query = new ArticleQuery
        {
            Language = language,
            Outlet = outlet,
            PublishedFrom = first,
            PublishedTo = last,
            Search = string.IsNullOrWhiteSpace(search) ? null : search,
            Limit = pageSize,
            Offset = skip,
        };
        IReadOnlyList<ArticleSummary> rows = store.Query(query);
        var items = rows.Select(Item).ToList();
        return Results.Ok(new ArticlePage(store.Count(query), pageSize, skip, items));
    }

    /// <summary>The listing item of a stored article's summary.</summary>
    internal static ArticleItem Item(ArticleSummary row) =>
        new(row.Id, row.Input, row.Title, row.Outlet, row.Published, row.Language, row.RejectionReason, row.StoredAt);

    private static DateOnly? Day(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
        {
            return day;
        }

        errors[name] = ["must be a date written yyyy-MM-dd"];
        return null;
    }

    private static async Task<IResult> Ingest(ApiOptions options, HttpRequest request, string? url, string? published, string? title, CancellationToken cancellationToken)
    {
        if (options.ApiKeys.Count == 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Writing is disabled",
                detail: "The server has no API keys configured (kronika serve --api-key or KRONIKA_API_KEYS).");
        }

        if (!Authorised(options.ApiKeys, request.Headers[KeyHeader].ToString()))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
                detail: $"Send a valid key in the {KeyHeader} header.");
        }

        if (request.ContentLength > options.MaxBodyBytes)
        {
            return TooLarge(options.MaxBodyBytes);
        }

        byte[]? body;
        try
        {
            body = await ReadAtMostAsync(request.Body, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }

        if (body is null)
        {
            return TooLarge(options.MaxBodyBytes);
        }

        if (body.Length == 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Empty body", detail: "Send the page or text as the request body.");
        }

        string input = url ?? "api:" + Convert.ToHexStringLower(SHA256.HashData(body))[..16];
        var hints = new InputHints { ContentType = request.ContentType, Url = url, Published = published, Title = title };
        Document document = options.Read(body, input, hints);
        DateTimeOffset now = options.Time.GetUtcNow();
        if (document.Rejection is null && NearDuplicateLinker.Link(document, options.Store, now, out _) is { } original)
        {
            return Results.Ok(new IngestResult(document.Id, "near_duplicate", original.ArticleId, null));
        }

        document = options.Analyze(document, cancellationToken);
        string json = KronikaJson.Serialize(ArticleContract.From(document));
        StoreOutcome outcome = AnalysedArticles.Store(options.Store, document, json, options.Pipeline, now);
        if (document.Rejection is { } rejection)
        {
            return Results.UnprocessableEntity(new IngestResult(document.Id, "rejected", null, ArticleContract.NameOf(rejection.Reason)));
        }

        var result = new IngestResult(document.Id, outcome == StoreOutcome.Added ? "added" : "already_stored", null, null);
        return outcome == StoreOutcome.Added ? Results.Created($"/api/articles/{Uri.EscapeDataString(document.Id)}", result) : Results.Ok(result);
    }

    /// <summary>The body, or null when it runs past <paramref name="limit"/> bytes (a chunked body has no length to check first).</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[1 << 16];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>True when <paramref name="key"/> is one of <paramref name="keys"/>, compared in constant time.</summary>
    private static bool Authorised(IReadOnlySet<string> keys, string key)
    {
        byte[] given = Encoding.UTF8.GetBytes(key);
        bool found = false;
        foreach (string candidate in keys)
        {
            found |= CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(candidate));
        }

        return key.Length > 0 && found;
    }

    private static IResult NotFound(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such article", detail: $"No article has the id '{id}'.");

    private static IResult TooLarge(long limit) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large", detail: $"The body is over the limit of {limit} bytes.");
}
