using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Events;

/// <summary>The actor a mention stands for, as events use it.</summary>
public static class EventActors
{
    /// <summary>The entity index <paramref name="mention"/> acts for: the state for "Mińska" or "Kreml", else the entity it names.</summary>
    public static int Of(Mention mention) => mention.ActsFor ?? mention.Entity;

    /// <summary>Whether <paramref name="entity"/> is a state of the knowledge base (its keys are <c>kb:country/XXX</c>).</summary>
    public static bool IsState(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Key.StartsWith("kb:country/", StringComparison.Ordinal);
    }

    /// <summary>Indexes into <see cref="Document.Mentions"/> of the outermost mentions inside <paramref name="span"/>, in text
    /// order ("Białorusi" inside "samozwańczy prezydent Białorusi" is left out when the outer phrase is a mention).</summary>
    public static IReadOnlyList<int> MentionsIn(Document document, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<int>();
        TextSpan? outer = null;
        for (int index = 0; index < document.Mentions.Length; index++)
        {
            TextSpan candidate = document.Mentions[index].Span;
            if (candidate.Start >= span.End)
            {
                break;
            }

            if (!span.Contains(candidate) || (outer is { } last && last.Contains(candidate)))
            {
                continue;
            }

            found.Add(index);
            outer = candidate;
        }

        return found;
    }
}
