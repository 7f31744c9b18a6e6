using AngleSharp.Dom;

namespace Kronika.Ingest.Html;

/// <summary>Finds the boxes of a page that hold the article: paragraphs vote for their ancestors, the best-scored box
/// wins, and its siblings that read like prose join it.</summary>
/// <remarks>
/// The cascade, each gate named in <see cref="ContentChoice.Gate"/>:
/// <list type="number">
/// <item><c>marked-body</c>: a box the page itself marks as the article body (<c>itemprop=articleBody</c> and the
/// body classes of common publishing systems) holding most of the scored prose.</item>
/// <item><c>scored</c>: paragraph voting in the manner of Readability: each paragraph-like element scores
/// 1 + commas + one point per 100 characters (at most 3) and gives it to its parent, half to its grandparent and a
/// third of a level's share further up; tag and class names add or take weight; link-heavy boxes lose in proportion.</item>
/// <item><c>scored-unfiltered</c>: the same without leaving out boxes named as furniture, when the first try found
/// under 250 characters (sites that call their whole page "sidebar-layout").</item>
/// <item><c>whole-body</c>: the body, when nothing scored.</item>
/// </list>
/// Stateless; safe from many threads.
/// </remarks>
internal static class ContentFinder
{
    private const int MinParagraph = 25;
    private const int MinContent = 250;

    /// <summary>The boxes holding the article, in document order, and the page counts they were chosen by.</summary>
    public static ContentChoice Find(IDocument page)
    {
        IElement root = page.Body ?? page.DocumentElement;
        var unfiltered = new PageStats(root);
        var stats = new PageStats(root, unfiltered);
        ContentChoice? choice = Scored(root, stats, "scored");
        if (choice is null || Length(choice) < MinContent)
        {
            ContentChoice? second = Scored(root, unfiltered, "scored-unfiltered");
            if (second is not null && Length(second) > 2 * (choice is null ? 0 : Length(choice)))
            {
                choice = second;
            }
        }

        return choice ?? new ContentChoice([root], stats, "whole-body");
    }

    private static int Length(ContentChoice choice) => choice.Roots.Sum(root => choice.Stats[root].Length);

    private static ContentChoice? Scored(IElement root, PageStats stats, string gate)
    {
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        Vote(root, stats, scores);
        if (scores.Count == 0)
        {
            return null;
        }

        IElement? best = null;
        double bestScore = double.MinValue;
        foreach ((IElement candidate, double score) in scores)
        {
            double final = score * (1 - stats[candidate].LinkDensity);
            scores[candidate] = final;
            if (final > bestScore)
            {
                best = candidate;
                bestScore = final;
            }
        }

        if (best is null)
        {
            return null;
        }

        best = MarkedBody(best, stats) ?? Climb(best, bestScore, scores, stats);
        string chosenBy = IsMarkedBody(best, stats) ? "marked-body" : gate;
        return new ContentChoice(WithSiblings(best, scores, stats), stats, chosenBy);
    }

    /// <summary>Gives each paragraph-like element's score to its ancestors.</summary>
    private static void Vote(IElement root, PageStats stats, Dictionary<IElement, double> scores)
    {
        foreach (IElement element in root.QuerySelectorAll("p, pre, td, blockquote, div, section, article, li, dd"))
        {
            if (stats.IsFurniture(element) || InFurniture(element, root, stats))
            {
                continue;
            }

            int length = element.TagName is "DIV" or "SECTION" or "ARTICLE" or "LI" or "DD" or "TD"
                ? OwnTextLength(element)
                : stats[element].Length;
            if (length < MinParagraph)
            {
                continue;
            }

            TextStats own = stats[element];
            double score = 1 + own.Commas + Math.Min(length / 100, 3);
            IElement? ancestor = element.TagName is "P" or "PRE" or "BLOCKQUOTE" ? element.ParentElement : element;
            for (int level = 0; ancestor is not null && level < 5; level++, ancestor = ancestor.ParentElement)
            {
                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = Initial(ancestor, stats);
                }

                scores[ancestor] += level switch
                {
                    0 => score,
                    1 => score / 2,
                    _ => score / (level * 3),
                };
                if (ancestor == root)
                {
                    break;
                }
            }
        }
    }

    private static bool InFurniture(IElement element, IElement root, PageStats stats)
    {
        for (IElement? parent = element.ParentElement; parent is not null && parent != root; parent = parent.ParentElement)
        {
            if (stats.IsFurniture(parent))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Characters of the text directly inside <paramref name="element"/> and its inline children: a box that
    /// holds prose without paragraph tags ("div&gt;text&lt;br&gt;text").</summary>
    private static int OwnTextLength(IElement element)
    {
        int length = 0;
        for (INode? child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child.NodeType == NodeType.Text)
            {
                length += TextStats.Of(child.TextContent, false).Length;
            }
            else if (child is IElement inline && BlockWriter.IsInline(inline) && !ElementHints.IsFurnitureTag(inline))
            {
                length += TextStats.Of(inline.TextContent, false).Length;
            }
        }

        return length;
    }

    private static double Initial(IElement element, PageStats stats)
    {
        double weight = element.TagName switch
        {
            "DIV" or "ARTICLE" or "MAIN" => 5,
            "SECTION" or "PRE" or "TD" or "BLOCKQUOTE" => 3,
            "ADDRESS" or "OL" or "UL" or "DL" or "DD" or "DT" or "LI" or "FORM" => -3,
            "H1" or "H2" or "H3" or "H4" or "H5" or "H6" or "TH" => -5,
            _ => 0,
        };
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            weight += 50;
        }

        return weight + ElementHints.Weight(stats.NameOf(element));
    }

    /// <summary>The box inside or around <paramref name="best"/> that the page marks as the article body, when it holds
    /// at least half of the best box's prose; null when there is none.</summary>
    private static IElement? MarkedBody(IElement best, PageStats stats)
    {
        for (IElement? element = best; element is not null; element = element.ParentElement)
        {
            if (IsMarkedBody(element, stats))
            {
                return stats[element].Length * 2 >= stats[best].Length ? element : null;
            }
        }

        return null;
    }

    private static bool IsMarkedBody(IElement element, PageStats stats)
    {
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        string name = stats.NameOf(element);
        return name.Length > 0 && (name.Contains("article-body", StringComparison.Ordinal) || name.Contains("articlebody", StringComparison.Ordinal)
            || name.Contains("article__body", StringComparison.Ordinal) || name.Contains("story-body", StringComparison.Ordinal)
            || name.Contains("entry-content", StringComparison.Ordinal) || name.Contains("post-content", StringComparison.Ordinal)
            || name.Contains("article-content", StringComparison.Ordinal) || name.Contains("post-body", StringComparison.Ordinal));
    }

    /// <summary>Moves up from <paramref name="best"/> while its parent holds the prose of several strong candidates or
    /// scores at least as well: articles split into several boxes by ads and embeds.</summary>
    private static IElement Climb(IElement best, double bestScore, Dictionary<IElement, double> scores, PageStats stats)
    {
        var strong = scores.Where(pair => pair.Key != best && pair.Value >= bestScore * 0.75).Select(pair => pair.Key).Take(20).ToList();
        if (strong.Count >= 2)
        {
            for (IElement? parent = best.ParentElement; parent is not null && parent.TagName != "BODY"; parent = parent.ParentElement)
            {
                int inside = strong.Count(candidate => parent.Contains(candidate));
                if (inside >= 2)
                {
                    best = parent;
                    break;
                }
            }
        }

        // Articles cut into sections (a box per heading, per block of a page builder) leave the best box holding one
        // section: move up while the parent adds running text in paragraphs and little else.
        for (IElement? parent = best.ParentElement; parent is not null && parent.TagName != "BODY"; parent = parent.ParentElement)
        {
            TextStats inner = stats[best];
            TextStats outer = stats[parent];
            int addedProse = outer.Prose - inner.Prose;
            int addedText = outer.Length - inner.Length;
            if (outer.LinkDensity >= 0.3 || addedProse < inner.Prose / 8 || addedText > 3 * addedProse + 300)
            {
                break;
            }

            best = parent;
        }

        return best;
    }

    /// <summary>The best box and those of its siblings that score near it or read like prose, in document order.</summary>
    private static List<IElement> WithSiblings(IElement best, Dictionary<IElement, double> scores, PageStats stats)
    {
        var roots = new List<IElement>();
        IElement? parent = best.ParentElement;
        if (parent is null)
        {
            return [best];
        }

        double bestScore = scores.GetValueOrDefault(best);
        double threshold = Math.Max(10, bestScore * 0.2);
        string bestName = stats.NameOf(best);
        foreach (IElement sibling in parent.Children)
        {
            if (sibling == best)
            {
                roots.Add(sibling);
                continue;
            }

            if (stats.IsFurniture(sibling))
            {
                continue;
            }

            double bonus = bestName.Length > 0 && stats.NameOf(sibling) == bestName ? bestScore * 0.2 : 0;
            TextStats counts = stats[sibling];
            bool joins = scores.GetValueOrDefault(sibling) + bonus >= threshold
                || (sibling.TagName == "P" && counts.Length > 80 && counts.LinkDensity < 0.25)
                || (sibling.TagName == "P" && counts.Length > 0 && counts.LinkLength == 0 && EndsSentence(sibling.TextContent));
            if (joins)
            {
                roots.Add(sibling);
            }
        }

        return roots;
    }

    private static bool EndsSentence(string text)
    {
        ReadOnlySpan<char> trimmed = text.AsSpan().TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '"' or '”' or '»';
    }
}

/// <summary>What <see cref="ContentFinder"/> chose.</summary>
/// <param name="Roots">The boxes holding the article, in document order.</param>
/// <param name="Stats">The page counts the choice was made with (and that the writer filters by).</param>
/// <param name="Gate">The gate of the cascade that chose: marked-body, scored, scored-unfiltered or whole-body.</param>
internal sealed record ContentChoice(IReadOnlyList<IElement> Roots, PageStats Stats, string Gate);
