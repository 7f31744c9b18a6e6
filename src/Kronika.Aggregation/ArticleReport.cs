using System.Globalization;
using Kronika.Contract;

namespace Kronika.Aggregation;

/// <summary>What one analysed article brings to aggregation: who it names, what it reports, when and from which source.</summary>
/// <param name="Id">The article id (<c>sha256:</c>…).</param>
/// <param name="Outlet">The publishing outlet, or null.</param>
/// <param name="Source">The source it is independent evidence of: the agency it credits when it credits one (a PAP
/// report on three sites is one source), else its outlet, else the article itself.</param>
/// <param name="Language">ISO 639-1, or null.</param>
/// <param name="Published">Its publication day, or null.</param>
/// <param name="Entities">The entities it names, by id.</param>
/// <param name="Events">The events it reports, in record order.</param>
/// <param name="TitleWords">The stems (first five letters, lower case) of the title's words of four letters or more,
/// sorted: what text similarity compares between articles of one language.</param>
public sealed record ArticleReport(
    string Id, string? Outlet, string Source, string? Language, DateOnly? Published,
    IReadOnlyList<ReportedEntity> Entities, IReadOnlyList<ReportedEventMention> Events, IReadOnlyList<string> TitleWords)
{
    /// <summary>The report of an accepted <paramref name="record"/>.</summary>
    /// <exception cref="ArgumentException">When the record is a refusal.</exception>
    public static ArticleReport From(AnalysisRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Rejection is not null)
        {
            throw new ArgumentException("A refused input has nothing to aggregate.", nameof(record));
        }

        ArticleRecord article = record.Article;
        DateOnly? published = DayOf(article.Published);
        var entities = record.Entities
            .Select(entity => new ReportedEntity(entity.Id, entity.Type, NameIn(entity, article.Language), entity.Country, entity.Mentions.Count))
            .OrderBy(entity => entity.Id, StringComparer.Ordinal).ToList();
        var events = new List<ReportedEventMention>(record.Events.Count);
        for (int index = 0; index < record.Events.Count; index++)
        {
            EventRecord item = record.Events[index];
            DateOnly? stated = item.Date is { Precision: "day", Value: { } value } ? DayOf(value) : null;
            string sentence = article.Text[item.Sentence.Start..item.Sentence.End];
            events.Add(new ReportedEventMention(index, item.Type, Sorted(item.Source), Sorted(item.Target), item.Location, stated ?? published, stated is not null,
                item.Modality, item.Confidence, sentence));
        }

        string source = article.CreditedSource ?? article.Outlet ?? article.Id;
        return new ArticleReport(article.Id, article.Outlet, source, article.Language, published, entities, events, StemsOf(article.Title));
    }

    /// <summary>The day of an ISO 8601 date or date-time ("2026-03-02", "2026-03-02T10:15:00+01:00"), or null.</summary>
    public static DateOnly? DayOf(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day)
            ? day
            : null;

    /// <summary>Stems of the words of four letters or more in <paramref name="title"/>: lower case, first five letters,
    /// distinct and sorted; a crude stemmer that is enough to tell "szczyt w Soczi" from "szczytu w Soczi".</summary>
    public static IReadOnlyList<string> StemsOf(string? title)
    {
        if (string.IsNullOrEmpty(title))
        {
            return [];
        }

        var stems = new SortedSet<string>(StringComparer.Ordinal);
        int start = -1;
        for (int index = 0; index <= title.Length; index++)
        {
            bool letter = index < title.Length && char.IsLetter(title[index]);
            if (letter && start < 0)
            {
                start = index;
            }
            else if (!letter && start >= 0)
            {
                if (index - start >= 4)
                {
                    stems.Add(title.Substring(start, Math.Min(5, index - start)).ToLowerInvariant());
                }

                start = -1;
            }
        }

        return [.. stems];
    }

    private static string NameIn(EntityRecord entity, string? language) =>
        language is not null && entity.Names.TryGetValue(language, out string? name) ? name : entity.Name;

    private static string[] Sorted(IReadOnlyList<string> ids) => [.. ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
