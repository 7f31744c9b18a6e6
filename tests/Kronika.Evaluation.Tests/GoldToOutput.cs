using System.Text;
using Kronika.Contract;

namespace Kronika.Evaluation.Tests;

/// <summary>Writes the output a perfect analyser would give for a gold file: a text made of the gold's own strings, an
/// entity per gold entity with every gold mention, an event per gold event and a quote per gold quote.</summary>
/// <remarks>Scoring this output against its gold must give 1.0 everywhere: a check of the scorer, not of any analyser.</remarks>
internal static class GoldToOutput
{
    public static AnalysisRecord Convert(GoldArticle gold)
    {
        var text = new StringBuilder();
        var regions = new List<RegionRecord>();
        var spans = new Dictionary<string, SpanRecord>(StringComparer.Ordinal);

        SpanRecord Append(string part, string type)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            var span = new SpanRecord { Start = text.Length, End = text.Length + part.Length };
            text.Append(part);
            regions.Add(new RegionRecord { Type = type, Start = span.Start, End = span.End });
            spans.TryAdd(part, span);
            return span;
        }

        if (gold.Title is not null)
        {
            Append(gold.Title, "title");
        }

        foreach (GoldEntity entity in gold.Entities)
        {
            foreach (string mention in entity.Mentions)
            {
                Append(mention, "paragraph");
            }
        }

        var evidence = gold.Events.Select(@event => @event.Evidence.Select(part => Append(part, "paragraph")).ToList()).ToList();
        var quotes = gold.Quotes.Select(quote => Append(quote.Text, "paragraph")).ToList();
        foreach (string caption in gold.Captions)
        {
            Append(caption, "caption");
        }

        string all = text.ToString();
        var entities = gold.Entities.Select(entity => new EntityRecord
        {
            Id = Id(entity.Key),
            Type = entity.Type,
            Name = entity.Names.Count > 0 ? entity.Names[0] : entity.Key,
            Names = entity.Names.Count > 1 ? new Dictionary<string, string> { ["pl"] = entity.Names[1] } : [],
            Wikidata = entity.Wikidata,
            Country = entity.Country,
            Mentions = entity.Mentions.Distinct(StringComparer.Ordinal).Select(mention => new MentionRecord
            {
                Start = spans[mention].Start,
                End = spans[mention].End,
                Text = all[spans[mention].Start..spans[mention].End],
                Base = mention,
                Via = "name",
                ActsFor = entity.ActsFor is null ? null : Id(entity.ActsFor),
            }).ToList(),
        }).ToList();

        var events = gold.Events.Select((@event, index) => new EventRecord
        {
            Type = @event.Type,
            Cameo = @event.Cameo,
            Mode = @event.Mode,
            Context = @event.Context,
            Source = @event.Source.Select(Id).ToList(),
            Target = @event.Target.Select(Id).ToList(),
            Location = @event.Location is null ? null : Id(@event.Location),
            Date = @event.Date is null ? null : new EventDateRecord { Value = @event.Date, Precision = "day", Text = @event.DateText, ResolvedFrom = null },
            Modality = @event.Modality ?? "asserted",
            Trigger = evidence[index][0],
            Sentence = evidence[index][0],
            Evidence = evidence[index],
            Confidence = 1,
        }).ToList();

        return new AnalysisRecord
        {
            Input = gold.Article,
            Rejection = null,
            Article = new ArticleRecord
            {
                Id = Kronika.Core.Document.IdOf(all),
                Input = gold.Article,
                Url = null,
                Outlet = null,
                CreditedSource = gold.CreditedSource,
                Title = gold.Title,
                Lead = null,
                Published = gold.Published,
                PublishedFrom = gold.Published is null ? "none" : "text",
                Language = gold.Language,
                Text = all,
                Regions = regions,
                Removed = [],
            },
            Sentences = [],
            Entities = entities,
            Events = events,
            Quotes = gold.Quotes.Select((quote, index) => new QuoteRecord
            {
                Kind = quote.Kind ?? "direct",
                Span = quotes[index],
                Speaker = quote.Speaker is null ? null : Id(quote.Speaker),
                Cue = null,
                Event = null,
            }).ToList(),
        };
    }

    private static string Id(string key) => "kb:" + key;
}
