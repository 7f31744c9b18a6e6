namespace Kronika.Aggregation.Relations;

/// <summary>The events between two actors on one day in one quad class.</summary>
/// <param name="Source">The actor that acts (an entity id; a state's id when rolled up).</param>
/// <param name="Target">The actor acted upon.</param>
/// <param name="Day">The day.</param>
/// <param name="QuadClass">1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
/// <param name="Events">How many canonical events.</param>
/// <param name="Weight">Their confidences summed, in millionths (whole numbers, so that adding and taking away in any order gives one sum).</param>
public sealed record RelationCount(string Source, string Target, DateOnly Day, int QuadClass, int Events, long Weight)
{
    /// <summary><see cref="Weight"/> as a number of confident events.</summary>
    public double WeightedEvents => Weight / 1_000_000.0;
}

/// <summary>Whose relations a series counts.</summary>
public enum RelationLevel
{
    /// <summary>Between the actors as the events name them (persons, organisations, states).</summary>
    Actor,

    /// <summary>Between the states the actors belong to (persons and organisations rolled up by their country).</summary>
    State,
}
