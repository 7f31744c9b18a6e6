using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Contract.Tests;

/// <summary>Documents built by hand, as a reader and the sentence stage would leave them, without running either.</summary>
internal static class SampleDocuments
{
    public const string Title = "Łukaszenka chce „współpracy we trójkę”";
    public const string Lead = "Przywódca Białorusi spotkał się z Putinem w Soczi.";
    public const string Subheading = "Kim Dzong Un w Rosji";
    public const string Paragraph = "Rozmowy trwały pięć godzin. Źródło: Unian";
    public const string Caption = "Aleksandr Łukaszenka, przywódca Białorusi Źródło: Wikimedia Commons";
    public const string Credit = "Źródło: Wikimedia Commons";

    /// <summary>Title, lead, subheading, paragraph and a caption with its credit; whitespace tokens; one sentence per
    /// part except the paragraph, which has two.</summary>
    public static Document Polish()
    {
        (RegionType Type, string Text)[] parts =
        [
            (RegionType.Title, Title),
            (RegionType.Lead, Lead),
            (RegionType.Subheading, Subheading),
            (RegionType.Paragraph, Paragraph),
            (RegionType.Caption, Caption),
        ];
        string text = string.Join("\n\n", parts.Select(part => part.Text));
        var regions = ImmutableArray.CreateBuilder<Region>();
        int offset = 0;
        foreach ((RegionType type, string part) in parts)
        {
            regions.Add(new Region(type, new TextSpan(offset, offset + part.Length)));
            if (type == RegionType.Caption)
            {
                int credit = offset + part.IndexOf(Credit, StringComparison.Ordinal);
                regions.Add(new Region(RegionType.Credit, new TextSpan(credit, credit + Credit.Length)));
            }

            offset += part.Length + 2;
        }

        ImmutableArray<Token> tokens = WhitespaceTokens(text);
        int[] sentenceEnds = [EndOf(text, Title), EndOf(text, Lead), EndOf(text, Subheading), EndOf(text, "godzin."), EndOf(text, Paragraph), EndOf(text, Caption)];
        return new Document
        {
            Id = Document.IdOf(text),
            Input = "samples/lukaszenka.txt",
            Text = text,
            Metadata = new ArticleMetadata { CreditedSource = "UNIAN", Url = "https://example.pl/a/1", Outlet = "Example", Published = "2023-09-15", PublishedFrom = "meta", Encoding = "utf-8" },
            Regions = regions.ToImmutable(),
            Removed = [new Removal("Polecamy", "recommended", new TextSpan(120, 128)), new Removal("Proszę czekać ...", "loading", new TextSpan(300, 317))],
            Language = "pl",
            Tokens = tokens,
            Sentences = Sentences(tokens, sentenceEnds),
        };
    }

    /// <summary>A document the language stage refused: it has text and regions, which the record must not carry.</summary>
    public static Document Unsupported() => Polish() with
    {
        Language = "de",
        Tokens = [],
        Sentences = [],
        Rejection = new Rejection("language", RejectionReason.UnsupportedLanguage, "German is not analysed (supported: pl, en)"),
    };

    private static int EndOf(string text, string part) => text.IndexOf(part, StringComparison.Ordinal) + part.Length;

    private static ImmutableArray<Token> WhitespaceTokens(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        int start = -1;
        for (int index = 0; index <= text.Length; index++)
        {
            bool space = index == text.Length || char.IsWhiteSpace(text[index]);
            if (space && start >= 0)
            {
                tokens.Add(new Token(new TextSpan(start, index), TokenKind.Word));
                start = -1;
            }
            else if (!space && start < 0)
            {
                start = index;
            }
        }

        return tokens.ToImmutable();
    }

    private static ImmutableArray<Sentence> Sentences(ImmutableArray<Token> tokens, int[] ends)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        int first = 0;
        foreach (int end in ends)
        {
            int last = first;
            while (tokens[last].Span.End < end)
            {
                last++;
            }

            sentences.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[last].Span.End), first, last + 1));
            first = last + 1;
        }

        return sentences.ToImmutable();
    }
}
