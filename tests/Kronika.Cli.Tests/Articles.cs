namespace Kronika.Cli.Tests;

/// <summary>Short article texts made for these tests.</summary>
internal static class Articles
{
    public const string Polish = """
        Minister odwiedził port w Gdańsku

        Minister infrastruktury odwiedził w środę port w Gdańsku. Rozmawiał z zarządem o rozbudowie nabrzeża i nowych połączeniach kolejowych.

        Według zarządu portu inwestycja potrwa trzy lata i kosztować będzie ponad miliard złotych. Prace mają ruszyć wiosną.
        """;

    public const string English = """
        Council approves new bus lanes

        The city council on Tuesday approved four new bus lanes in the centre, after a year of consultation with residents and businesses.

        Work on the first lane will start in spring, the council said, and all four should be open by the end of next year.
        """;

    public static string PolishNumbered(int number) => $"""
        Komunikat numer {number}

        Rada miasta przyjęła w czwartek uchwałę numer {number} w sprawie budowy nowej szkoły podstawowej na osiedlu.

        Radni zdecydowali także o przeznaczeniu dodatkowych środków na remont ulic i chodników w centrum miasta.
        """;
}
