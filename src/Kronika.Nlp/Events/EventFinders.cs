using System.Collections.Immutable;

namespace Kronika.Nlp.Events;

/// <summary>The event finders of the supported languages.</summary>
public static class EventFinders
{
    /// <summary>One finder for each of <paramref name="languages"/> that has one, with its pattern files loaded.</summary>
    /// <exception cref="InvalidDataException">When a pattern file is malformed.</exception>
    public static IReadOnlyList<IEventFinder> Create(ImmutableArray<string> languages)
    {
        var finders = new List<IEventFinder>();
        finders.AddRange(languages.Contains("pl") ? [Polish.PolishEventFinder.LoadDefault()] : []);
        finders.AddRange(languages.Contains("en") ? [English.EnglishEventFinder.Load()] : []);
        return finders.Where(finder => languages.Contains(finder.Language)).ToList();
    }
}
