using System.ComponentModel;
using System.Text;
using Kronika.Storage;
using Kronika.Storage.Layers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kronika.Api;

/// <summary>The read endpoints over the stored record: an article's analysis, entities, events, quotes, search, the actor
/// network and the event timeline. Every listing pages (at most <see cref="KronikaApi.MaxLimit"/> a page), every bad
/// parameter is a 400 validation problem naming it, an unknown id a 404 problem.</summary>
internal static class RecordEndpoints
{
    /// <summary>How many articles, events and quotes an entity's page lists of each.</summary>
    public const int DetailItems = 20;

    private const string ActorDoc = "An entity id (kb:... or new:...) that must be among the event's actors";
    private const string ActorRoleDoc = "With actor: source (the actor acts) or target (the actor is acted upon)";
    private const string ActorCountryDoc = "ISO 3166-1 alpha-3 code that some actor's entity must have (BLR)";
    private const string TypeDoc = "PLOVER event type (AGREE ... FIGHT) or REQUEST";
    private const string CameoDoc = "CAMEO code prefix, 1 to 4 digits (04 for every consultation)";
    private const string ModalityDoc = "asserted, reported, hypothetical, negated or denied";
    private const string PlaceDoc = "The entity id of the event's place";
    private const string FromDoc = "First day, yyyy-MM-dd: the event's date when known to the day, else its article's publication day";
    private const string ToDoc = "Last day, yyyy-MM-dd, inclusive";
    private const string ArticleDoc = "The id of the article the events come from";
    private const string LimitDoc = "Page size, 1 to 100 (default 20)";
    private const string OffsetDoc = "Rows to skip, 0 to 1000000 (default 0)";

    public static void Map(RouteGroupBuilder api, ApiOptions options)
    {
        IArticleStore store = options.Store;
        api.MapGet("/articles/{id}/analysis", ([Description("The article id (sha256:...)")] string id) => store.Find(id) is { } article
                ? Results.Text(article.AnalysisJson, "application/json", Encoding.UTF8)
                : NotFound("article", id))
            .WithName("GetArticleAnalysis").WithSummary("The stored kronika/1 record of one article")
            .WithDescription("The analysis exactly as stored: article text, regions, sentences, entities with mentions, events and quotes, every offset a UTF-16 code unit into article.text.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/entities", (
                [Description("Text the English name, a base form or a written form must contain, case ignored (Łukaszence)")] string? q,
                [Description("PER, ORG, GPE, LOC, FAC, EVT or PRO")] string? type,
                [Description("ISO 3166-1 alpha-3 code")] string? country,
                [Description(LimitDoc)] string? limit,
                [Description(OffsetDoc)] string? offset) =>
            {
                var errors = new QueryErrors();
                var query = new EntityQuery
                {
                    Text = errors.Text(q, "q"),
                    Type = errors.OneOf(type, "type", QueryErrors.EntityTypes),
                    Country = errors.Country(country, "country"),
                    Limit = errors.Limit(limit, KronikaApi.MaxLimit),
                    Offset = errors.Offset(offset),
                };
                return errors.Any ? Results.ValidationProblem(errors.Errors)
                    : Results.Ok(new Page<StoredEntity>(store.CountEntities(query), query.Limit, query.Offset, store.Entities(query)));
            })
            .WithName("ListEntities").WithSummary("Entities named in stored articles, those in most articles first, with their counts")
            .WithDescription("Each entity with how many articles name it, how many mentions, events (as any actor) and quotes it has. q searches the English name, base forms and every written form.")
            .Produces<Page<StoredEntity>>().ProducesValidationProblem();

        api.MapGet("/entities/{id}", ([Description("The entity id (kb:... or new:...); a / in it may be sent as %2F")] string id) =>
            {
                // The router leaves an escaped slash escaped in a route value (it is not a path separator there).
                id = id.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
                if (store.FindEntity(id) is not { } entity)
                {
                    return NotFound("entity", id);
                }

                var source = new EventQuery { Actor = id, ActorRole = "source", Limit = DetailItems };
                var target = source with { ActorRole = "target" };
                var articles = new ArticleQuery { Entity = id, Limit = DetailItems };
                return Results.Ok(new EntityDetail(
                    entity,
                    store.EntityNames(id),
                    [.. store.Query(articles).Select(KronikaApi.Item)],
                    store.CountEvents(source),
                    store.Events(source),
                    store.CountEvents(target),
                    store.Events(target),
                    store.Quotes(new QuoteQuery { Speaker = id, Limit = DetailItems })));
            })
            .WithName("GetEntity").WithSummary("One entity: its names with their counts, its articles, its events as source and as target, its quotes")
            .Produces<EntityDetail>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/events", (
                [Description(ActorDoc)] string? actor, [Description(ActorRoleDoc)] string? actor_role, [Description(ActorCountryDoc)] string? actor_country,
                [Description(TypeDoc)] string? type, [Description(CameoDoc)] string? cameo, [Description(ModalityDoc)] string? modality,
                [Description(PlaceDoc)] string? place, [Description(FromDoc)] string? from, [Description(ToDoc)] string? to,
                [Description(ArticleDoc)] string? article, [Description(LimitDoc)] string? limit, [Description(OffsetDoc)] string? offset) =>
            {
                var errors = new QueryErrors();
                EventQuery query = Events(errors, actor, actor_role, actor_country, type, cameo, modality, place, from, to, article, limit, offset);
                return errors.Any ? Results.ValidationProblem(errors.Errors)
                    : Results.Ok(new Page<StoredEvent>(store.CountEvents(query), query.Limit, query.Offset, store.Events(query)));
            })
            .WithName("ListEvents").WithSummary("Events, latest day first, each with its actors' names, place and sentence")
            .WithDescription("Filters combine with AND. The day of an event is its own date when the text gives it to the day, else its article's publication day.")
            .Produces<Page<StoredEvent>>().ProducesValidationProblem();

        api.MapGet("/timeline", (
                [Description(ActorDoc)] string? actor, [Description(ActorRoleDoc)] string? actor_role, [Description(ActorCountryDoc)] string? actor_country,
                [Description(TypeDoc)] string? type, [Description(CameoDoc)] string? cameo, [Description(ModalityDoc)] string? modality,
                [Description(PlaceDoc)] string? place, [Description(FromDoc)] string? from, [Description(ToDoc)] string? to,
                [Description(ArticleDoc)] string? article) =>
            {
                var errors = new QueryErrors();
                EventQuery query = Events(errors, actor, actor_role, actor_country, type, cameo, modality, place, from, to, article, null, null);
                return errors.Any ? Results.ValidationProblem(errors.Errors) : Results.Ok(store.Timeline(query));
            })
            .WithName("Timeline").WithSummary("Events per day, by quad class, with the same filters as /api/events")
            .WithDescription("One entry per day that has events, in day order; events without a day are left out.")
            .Produces<IReadOnlyList<TimelineDay>>().ProducesValidationProblem();

        api.MapGet("/network", (
                [Description(FromDoc)] string? from, [Description(ToDoc)] string? to,
                [Description(TypeDoc)] string? type, [Description(ActorCountryDoc)] string? actor_country,
                [Description("How many pairs, 1 to 100 (default 20)")] string? limit, [Description(OffsetDoc)] string? offset) =>
            {
                var errors = new QueryErrors();
                EventQuery query = Events(errors, null, null, actor_country, type, null, null, null, from, to, null, limit, offset);
                return errors.Any ? Results.ValidationProblem(errors.Errors) : Results.Ok(store.Network(query));
            })
            .WithName("Network").WithSummary("Pairs of actors (source acting on target) with their events counted by quad class, most events first")
            .WithDescription("Quad classes: verbal cooperation (AGREE, CONSULT, SUPPORT, CONCEDE), material cooperation (COOPERATE, AID, RETREAT, INVESTIGATE), verbal conflict (DEMAND, DISAPPROVE, REJECT, THREATEN, SANCTION, REQUEST), material conflict (PROTEST, MOBILIZE, COERCE, ASSAULT, FIGHT).")
            .Produces<IReadOnlyList<NetworkEdge>>().ProducesValidationProblem();

        api.MapGet("/quotes", (
                [Description("The speaker's entity id")] string? speaker,
                [Description("Text the quote must contain, case ignored")] string? q,
                [Description("The id of the article the quotes come from")] string? article,
                [Description(LimitDoc)] string? limit, [Description(OffsetDoc)] string? offset) =>
            {
                var errors = new QueryErrors();
                var query = new QuoteQuery
                {
                    Speaker = errors.Text(speaker, "speaker"),
                    Text = errors.Text(q, "q"),
                    Article = errors.Text(article, "article"),
                    Limit = errors.Limit(limit, KronikaApi.MaxLimit),
                    Offset = errors.Offset(offset),
                };
                return errors.Any ? Results.ValidationProblem(errors.Errors)
                    : Results.Ok(new Page<StoredQuote>(store.CountQuotes(query), query.Limit, query.Offset, store.Quotes(query)));
            })
            .WithName("ListQuotes").WithSummary("Quotes, newest articles first, by speaker and by text")
            .Produces<Page<StoredQuote>>().ProducesValidationProblem();

        api.MapGet("/search", (
                [Description("Words that must all occur, as written or as base forms (Łukaszenka finds Łukaszence); word* for a prefix")] string? q,
                [Description("ISO 639-1 code")] string? language, [Description("Outlet name, case ignored")] string? outlet,
                [Description("First publication day, yyyy-MM-dd")] string? from, [Description("Last publication day, yyyy-MM-dd")] string? to,
                [Description("An entity id the article must name")] string? entity,
                [Description(LimitDoc)] string? limit, [Description(OffsetDoc)] string? offset) =>
            {
                var errors = new QueryErrors();
                var query = new ArticleQuery
                {
                    Search = errors.Search(q, "q", required: true),
                    Language = errors.Language(language),
                    Outlet = errors.Text(outlet, "outlet"),
                    PublishedFrom = errors.Day(from, "from"),
                    PublishedTo = errors.Day(to, "to"),
                    Entity = errors.Text(entity, "entity"),
                    Limit = errors.Limit(limit, KronikaApi.MaxLimit),
                    Offset = errors.Offset(offset),
                };
                errors.Range(query.PublishedFrom, query.PublishedTo);
                return errors.Any ? Results.ValidationProblem(errors.Errors)
                    : Results.Ok(new ArticlePage(store.Count(query), query.Limit, query.Offset, [.. store.Query(query).Select(KronikaApi.Item)]));
            })
            .WithName("Search").WithSummary("Articles by words in their title, text or base forms, most relevant first, filtered by language, outlet, dates and entity")
            .Produces<ArticlePage>().ProducesValidationProblem();
    }

    private static EventQuery Events(QueryErrors errors, string? actor, string? role, string? country, string? type, string? cameo, string? modality,
        string? place, string? from, string? to, string? article, string? limit, string? offset)
    {
        var query = new EventQuery
        {
            Actor = errors.Text(actor, "actor"),
            ActorRole = errors.OneOf(role, "actor_role", new HashSet<string>(StringComparer.Ordinal) { "source", "target" }),
            ActorCountry = errors.Country(country, "actor_country"),
            Type = errors.OneOf(type, "type", QueryErrors.EventTypes),
            CameoPrefix = errors.Cameo(cameo),
            Modality = errors.OneOf(modality, "modality", QueryErrors.Modalities),
            Place = errors.Text(place, "place"),
            From = errors.Day(from, "from"),
            To = errors.Day(to, "to"),
            Article = errors.Text(article, "article"),
            Limit = errors.Limit(limit, KronikaApi.MaxLimit),
            Offset = errors.Offset(offset),
        };
        errors.Range(query.From, query.To);
        if (query.ActorRole is not null && query.Actor is null)
        {
            errors.Add("actor_role", "needs actor");
        }

        return query;
    }

    private static IResult NotFound(string what, string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}", detail: $"No {what} has the id '{id}'.");
}
