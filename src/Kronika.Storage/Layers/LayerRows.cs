namespace Kronika.Storage.Layers;

/// <summary>An entity as stored across articles.</summary>
/// <param name="Id">The kronika/1 id (<c>kb:...</c> or <c>new:...</c>).</param>
/// <param name="Type">PER, ORG, GPE, LOC, FAC, EVT or PRO.</param>
/// <param name="Name">The English name, as the latest analysis gave it.</param>
/// <param name="Names">Base form by ISO 639-1 code.</param>
/// <param name="Wikidata">A Wikidata Q-id, or null.</param>
/// <param name="Country">ISO 3166-1 alpha-3, or null.</param>
/// <param name="Articles">How many stored articles name it.</param>
/// <param name="Mentions">How many mentions those articles have of it.</param>
/// <param name="Events">How many events have it as an actor.</param>
/// <param name="Quotes">How many quotes it speaks.</param>
public sealed record StoredEntity(string Id, string Type, string Name, IReadOnlyDictionary<string, string> Names, string? Wikidata,
    string? Country, long Articles, long Mentions, long Events, long Quotes);

/// <summary>One way an entity is written, with how many mentions use it.</summary>
/// <param name="Name">The form exactly as in the texts ("Łukaszence").</param>
/// <param name="Count">How many mentions use it.</param>
public sealed record EntityName(string Name, long Count);

/// <summary>An actor of an event.</summary>
/// <param name="Id">The entity id.</param>
/// <param name="Name">Its English name, or null when no stored article lists the entity.</param>
/// <param name="Country">Its country, or null.</param>
public sealed record EventActor(string Id, string? Name, string? Country);

/// <summary>An event as stored, with its actors' names and its sentence.</summary>
/// <param name="ArticleId">The article it comes from.</param>
/// <param name="Index">Its index in the article's kronika/1 events.</param>
/// <param name="Type">PLOVER type or REQUEST.</param>
/// <param name="QuadClass">verbal_cooperation, material_cooperation, verbal_conflict or material_conflict; null for an unknown type.</param>
/// <param name="Cameo">The closest CAMEO code, or null.</param>
/// <param name="Mode">PLOVER mode, or null.</param>
/// <param name="Context">PLOVER context, or null.</param>
/// <param name="Modality">asserted, reported, hypothetical, negated or denied.</param>
/// <param name="Source">The actors that act.</param>
/// <param name="Target">The actors acted upon.</param>
/// <param name="Location">The place, or null.</param>
/// <param name="DateValue">The date as kronika/1 gives it (ISO or partial), or null.</param>
/// <param name="DatePrecision">day, month, year or unresolved; null when the text gives no date.</param>
/// <param name="DateText">The words that state the date, or null.</param>
/// <param name="Day">yyyy-MM-dd: the date when known to the day, else the article's publication day, else null.</param>
/// <param name="TriggerStart">Start of the trigger, UTF-16 offset into the article's text.</param>
/// <param name="TriggerEnd">End of the trigger, exclusive.</param>
/// <param name="SentenceStart">Start of the sentence.</param>
/// <param name="SentenceEnd">End of the sentence, exclusive.</param>
/// <param name="Sentence">The sentence's text.</param>
/// <param name="Confidence">In [0, 1].</param>
/// <param name="Url">The article's address, or null.</param>
/// <param name="Outlet">The article's outlet, or null.</param>
/// <param name="Published">The article's publication date, or null.</param>
/// <param name="Language">The article's language.</param>
public sealed record StoredEvent(string ArticleId, int Index, string Type, string? QuadClass, string? Cameo, string? Mode, string? Context,
    string Modality, IReadOnlyList<EventActor> Source, IReadOnlyList<EventActor> Target, EventActor? Location, string? DateValue,
    string? DatePrecision, string? DateText, string? Day, int TriggerStart, int TriggerEnd, int SentenceStart, int SentenceEnd,
    string Sentence, double Confidence, string? Url, string? Outlet, string? Published, string? Language);

/// <summary>A quote as stored.</summary>
/// <param name="ArticleId">The article it comes from.</param>
/// <param name="Index">Its index in the article's kronika/1 quotes.</param>
/// <param name="Kind">direct or indirect.</param>
/// <param name="Start">Start of what was said, UTF-16 offset into the article's text.</param>
/// <param name="End">End, exclusive.</param>
/// <param name="Text">What was said.</param>
/// <param name="Speaker">The speaker, or null when unknown.</param>
/// <param name="CueStart">Start of the speech verb or attribution, or null.</param>
/// <param name="CueEnd">Its end, or null.</param>
/// <param name="Event">The index of the event the quote states in the same article, or null.</param>
/// <param name="Url">The article's address, or null.</param>
/// <param name="Published">The article's publication date, or null.</param>
/// <param name="Title">The article's title, or null.</param>
public sealed record StoredQuote(string ArticleId, int Index, string Kind, int Start, int End, string Text, EventActor? Speaker,
    int? CueStart, int? CueEnd, int? Event, string? Url, string? Published, string? Title);

/// <summary>How often one actor acted on another, by quad class.</summary>
/// <param name="Source">The actor that acts.</param>
/// <param name="Target">The actor acted upon.</param>
/// <param name="VerbalCooperation">Events of AGREE, CONSULT, SUPPORT, CONCEDE.</param>
/// <param name="MaterialCooperation">Events of COOPERATE, AID, RETREAT, INVESTIGATE.</param>
/// <param name="VerbalConflict">Events of DEMAND, DISAPPROVE, REJECT, THREATEN, SANCTION, REQUEST.</param>
/// <param name="MaterialConflict">Events of PROTEST, MOBILIZE, COERCE, ASSAULT, FIGHT.</param>
/// <param name="Total">All of them.</param>
public sealed record NetworkEdge(EventActor Source, EventActor Target, long VerbalCooperation, long MaterialCooperation, long VerbalConflict,
    long MaterialConflict, long Total);

/// <summary>How many events happened on one day.</summary>
/// <param name="Day">yyyy-MM-dd.</param>
/// <param name="Events">All events of the day.</param>
/// <param name="VerbalCooperation">Of them, verbal cooperation.</param>
/// <param name="MaterialCooperation">Material cooperation.</param>
/// <param name="VerbalConflict">Verbal conflict.</param>
/// <param name="MaterialConflict">Material conflict.</param>
public sealed record TimelineDay(string Day, long Events, long VerbalCooperation, long MaterialCooperation, long VerbalConflict, long MaterialConflict);

/// <summary>Stored articles the running pipeline should analyse again.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Version">The version of its stored layers, or null when it has none.</param>
public sealed record StaleAnalysis(string Id, AnalysisVersion? Version);
