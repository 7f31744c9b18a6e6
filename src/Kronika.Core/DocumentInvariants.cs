using Kronika.Core.Annotations;

namespace Kronika.Core;

/// <summary>Checks that hold after every stage: spans inside the text, layers sorted, sentences tiling the tokens.</summary>
/// <remarks>Tests assert that <see cref="Check"/> returns nothing after every stage, on every input, hostile ones included.</remarks>
public static class DocumentInvariants
{
    /// <summary>Every violation found, one line each; empty when the document is sound.</summary>
    public static IReadOnlyList<string> Check(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var violations = new List<string>();
        int length = document.Text.Length;

        if (document.Rejection is not null && (document.Tokens.Length > 0 || document.Sentences.Length > 0))
        {
            violations.Add("a rejected document carries tokens or sentences");
        }

        CheckRegions(document, length, violations);
        CheckTokens(document, length, violations);
        CheckSentences(document, violations);
        CheckMorphology(document, violations);
        CheckMentions(document, length, violations);
        CheckQuotes(document, length, violations);
        CheckEvents(document, length, violations);
        CheckOffsetMap(document, length, violations);
        return violations;
    }

    private static void CheckMentions(Document document, int length, List<string> violations)
    {
        int previous = -1;
        foreach (Mention mention in document.Mentions)
        {
            if (mention.Span.End > length || mention.Span.Start >= mention.Span.End)
            {
                violations.Add($"mention {mention.Span} is empty or ends past the text ({length})");
            }

            if (mention.Span.Start < previous)
            {
                violations.Add($"mention {mention.Span} is out of text order");
            }

            if (mention.Entity < 0 || mention.Entity >= document.Entities.Length)
            {
                violations.Add($"mention {mention.Span} names entity {mention.Entity} of {document.Entities.Length}");
            }

            if (mention.ActsFor is { } actor && (actor < 0 || actor >= document.Entities.Length || actor == mention.Entity))
            {
                violations.Add($"mention {mention.Span} acts for entity {actor} of {document.Entities.Length}");
            }

            previous = mention.Span.Start;
        }
    }

    private static void CheckEvents(Document document, int length, List<string> violations)
    {
        int entities = document.Entities.Length;
        foreach (ReportedEvent @event in document.Events)
        {
            string where = $"event {@event.Type} at {@event.Trigger}";
            if (@event.Trigger.IsEmpty || @event.Trigger.End > length || !@event.Sentence.Contains(@event.Trigger))
            {
                violations.Add($"{where}: the trigger is empty, past the text ({length}) or outside its sentence {@event.Sentence}");
            }

            if (@event.Evidence.IsEmpty || !@event.Evidence.Contains(@event.Sentence))
            {
                violations.Add($"{where}: its evidence does not hold its sentence");
            }

            for (int index = 1; index < @event.Evidence.Length; index++)
            {
                if (@event.Evidence[index].Start <= @event.Evidence[index - 1].Start)
                {
                    violations.Add($"{where}: evidence {@event.Evidence[index]} is out of text order or repeated");
                }
            }

            foreach (int actor in @event.Source.Concat(@event.Target))
            {
                if (actor < 0 || actor >= entities)
                {
                    violations.Add($"{where} names entity {actor} of {entities}");
                }
            }

            if (@event.Location is { } place && (place < 0 || place >= entities))
            {
                violations.Add($"{where} is located at entity {place} of {entities}");
            }

            if (@event.Date is { } date && (date.Text.End > length || date.Text.IsEmpty))
            {
                violations.Add($"{where}: date text {date.Text} is empty or ends past the text ({length})");
            }

            if (@event.Confidence is < 0 or > 1 || double.IsNaN(@event.Confidence))
            {
                violations.Add($"{where}: confidence {@event.Confidence} is outside [0, 1]");
            }
        }
    }

    private static void CheckQuotes(Document document, int length, List<string> violations)
    {
        int previous = -1;
        foreach (Quote quote in document.Quotes)
        {
            if (quote.Content.End > length || quote.Content.IsEmpty)
            {
                violations.Add($"quote {quote.Content} is empty or ends past the text ({length})");
            }

            if (quote.Content.Start < previous)
            {
                violations.Add($"quote {quote.Content} is out of text order");
            }

            foreach ((string part, TextSpan? span) in new[] { ("cue", quote.Cue), ("speaker", quote.Speaker), ("speaker reference", quote.SpeakerReference) })
            {
                if (span is { } inside && (inside.End > length || inside.IsEmpty))
                {
                    violations.Add($"quote {quote.Content}: {part} {inside} is empty or ends past the text ({length})");
                }
            }

            if ((quote.Speaker is null) != (quote.SpeakerVia == SpeakerVia.None))
            {
                violations.Add($"quote {quote.Content}: speaker {quote.Speaker?.ToString() ?? "null"} found via {quote.SpeakerVia}");
            }

            if (quote.SpeakerEntity is { } entity && (entity < 0 || entity >= document.Entities.Length))
            {
                violations.Add($"quote {quote.Content} names entity {entity} of {document.Entities.Length}");
            }

            previous = quote.Content.Start;
        }
    }

    private static void CheckMorphology(Document document, List<string> violations)
    {
        if (document.Morphology.IsEmpty)
        {
            return;
        }

        if (document.Morphology.Length != document.Tokens.Length)
        {
            violations.Add($"{document.Morphology.Length} morphology entries for {document.Tokens.Length} tokens");
            return;
        }

        for (int i = 0; i < document.Morphology.Length; i++)
        {
            TokenMorphology entry = document.Morphology[i];
            if (entry.Chosen < -1 || entry.Chosen >= entry.Analyses.Length)
            {
                violations.Add($"token {i}: chosen reading {entry.Chosen} of {entry.Analyses.Length}");
            }
        }
    }

    private static void CheckRegions(Document document, int length, List<string> violations)
    {
        TextSpan? previous = null;
        TextSpan? caption = null;
        foreach (Region region in document.Regions)
        {
            if (region.Span.End > length)
            {
                violations.Add($"region {region.Type} {region.Span} ends past the text ({length})");
            }

            if (region.Type == RegionType.Credit)
            {
                if (caption is not { } holder || !holder.Contains(region.Span))
                {
                    violations.Add($"credit {region.Span} is not inside the caption before it");
                }

                continue;
            }

            if (previous is { } before && region.Span.Start < before.End)
            {
                violations.Add($"region {region.Type} {region.Span} overlaps or precedes {before}");
            }

            if (region.Span.IsEmpty)
            {
                violations.Add($"region {region.Type} {region.Span} is empty");
            }

            previous = region.Span;
            caption = region.Type == RegionType.Caption ? region.Span : null;
        }
    }

    private static void CheckTokens(Document document, int length, List<string> violations)
    {
        int previousEnd = 0;
        for (int index = 0; index < document.Tokens.Length; index++)
        {
            TextSpan span = document.Tokens[index].Span;
            if (span.IsEmpty)
            {
                violations.Add($"token {index} {span} is empty");
            }

            if (span.End > length)
            {
                violations.Add($"token {index} {span} ends past the text ({length})");
                return;
            }

            if (span.Start < previousEnd)
            {
                violations.Add($"token {index} {span} overlaps or precedes the token before it");
            }

            // No character is silently lost: whatever lies between tokens is white space.
            for (int gap = previousEnd; gap < span.Start; gap++)
            {
                if (!char.IsWhiteSpace(document.Text[gap]))
                {
                    violations.Add($"character {gap} '{document.Text[gap]}' lies between tokens {index - 1} and {index}");
                    break;
                }
            }

            previousEnd = span.End;
        }
    }

    private static void CheckSentences(Document document, List<string> violations)
    {
        if (document.Sentences.IsEmpty)
        {
            return;
        }

        int expectedFirst = 0;
        foreach (Sentence sentence in document.Sentences)
        {
            if (sentence.FirstToken != expectedFirst || sentence.EndToken <= sentence.FirstToken || sentence.EndToken > document.Tokens.Length)
            {
                violations.Add($"sentence {sentence.Span} covers tokens [{sentence.FirstToken}, {sentence.EndToken}), expected to start at {expectedFirst}");
                return;
            }

            var aligned = new TextSpan(document.Tokens[sentence.FirstToken].Span.Start, document.Tokens[sentence.EndToken - 1].Span.End);
            if (aligned != sentence.Span)
            {
                violations.Add($"sentence {sentence.Span} is not aligned to its tokens {aligned}");
            }

            expectedFirst = sentence.EndToken;
        }

        if (expectedFirst != document.Tokens.Length)
        {
            violations.Add($"sentences cover {expectedFirst} of {document.Tokens.Length} tokens");
        }
    }

    private static void CheckOffsetMap(Document document, int length, List<string> violations)
    {
        int previous = 0;
        int step = Math.Max(1, length / 4096);
        for (int offset = 0; offset <= length; offset += step)
        {
            int source = document.ToSource.ToSource(offset);
            if (source < previous)
            {
                violations.Add($"offset map goes backwards at clean offset {offset} ({source} < {previous})");
                return;
            }

            previous = source;
        }
    }
}
