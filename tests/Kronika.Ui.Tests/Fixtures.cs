using Kronika.Contract;

namespace Kronika.Ui.Tests;

/// <summary>The articles the UI tests store: short news written for these tests (two in Polish, one in English) with
/// entities, events and quotes set by hand as the extraction stages would set them.</summary>
internal static class Fixtures
{
    public const string Nauseda = "person/nauseda-gitanas";
    public const string Tusk = "person/tusk-donald";
    public const string Lukashenko = "person/lukashenko-alexander";
    public const string Lithuania = "country/LTU";
    public const string Poland = "country/POL";
    public const string Belarus = "country/BLR";
    public const string Vilnius = "city/593116";
    public const string Minsk = "city/625144";
    public const string Warsaw = "city/756135";

    /// <summary>A visit with a quote, a criticism and a threat; a place that acts for its state; nested mentions.</summary>
    public static FixtureRecord Visit { get; } = new FixtureRecord("wizyta-wilno", "pl", "Kurier Próbny", "2024-03-12",
            "Nausėda przyjął Tuska w Wilnie",
            "Prezydent Litwy Gitanas Nausėda gościł we wtorek w Wilnie premiera Polski Donalda Tuska. Politycy rozmawiali o ochronie granicy z Białorusią.",
            "„Będziemy wspólnie bronić naszej granicy” – powiedział Nausėda po spotkaniu.",
            "Władze w Mińsku skrytykowały wizytę. Białoruś zagroziła zamknięciem przejść granicznych.")
        .Known(Nauseda, "PER", "Gitanas Nausėda", "LTU")
        .Mention(Nauseda, "Nausėda", "Nausėda", "coreference")
        .Mention(Nauseda, "Gitanas Nausėda", "Gitanas Nausėda", "name")
        .Mention(Nauseda, "Nausėda", "Nausėda", "coreference", occurrence: 3)
        .Known(Tusk, "PER", "Donald Tusk", "POL")
        .Mention(Tusk, "Tuska", "Tusk", "coreference")
        .Mention(Tusk, "premiera Polski", "premier Polski", "role")
        .Mention(Tusk, "Donalda Tuska", "Donald Tusk", "name")
        .Known(Lithuania, "GPE", "Litwa", "LTU")
        .Mention(Lithuania, "Litwy", "Litwa", "name")
        .Known(Poland, "GPE", "Polska", "POL")
        .Mention(Poland, "Polski", "Polska", "name")
        .Known(Belarus, "GPE", "Białoruś", "BLR")
        .Mention(Belarus, "Białorusią", "Białoruś", "name")
        .Mention(Belarus, "Białoruś", "Białoruś", "name")
        .Known(Vilnius, "GPE", "Wilno", "LTU")
        .Mention(Vilnius, "Wilnie", "Wilno", "name")
        .Mention(Vilnius, "Wilnie", "Wilno", "name", occurrence: 2)
        .Known(Minsk, "GPE", "Mińsk", "BLR")
        .Mention(Minsk, "Mińsku", "Mińsk", "metonymy", actsFor: Belarus)
        .Event("CONSULT", "043", "gościł", [Nauseda], [Tusk], Vilnius, FixtureRecord.Day("2024-03-12", "we wtorek"), "asserted", 0.82, "visit",
            alsoIn: ["Politycy rozmawiali"])
        .Event("DISAPPROVE", "111", "skrytykowały", [Belarus], [Lithuania], null, null, "asserted", 0.7)
        .Event("THREATEN", "13", "zagroziła", [Belarus], [Lithuania], null, null, "asserted", 0.64)
        .Quote("direct", "Będziemy wspólnie bronić naszej granicy", Nauseda, "powiedział", "Nausėda", speakerOccurrence: 3);

    /// <summary>A warning and its rejection, in English, with a reported quote that states the warning.</summary>
    public static FixtureRecord Warning { get; } = new FixtureRecord("warning-minsk", "en", "Test Herald", "2024-03-14",
            "Lukashenko warns Lithuania over border plans",
            "Belarusian President Alexander Lukashenko on Thursday warned Lithuania against closing the border crossings. He said Minsk would answer any blockade.",
            "Lithuanian officials rejected the warning, a spokesman in Vilnius said.")
        .Known(Lukashenko, "PER", "Aleksandr Łukaszenka", "BLR")
        .Mention(Lukashenko, "Lukashenko", "Lukashenko", "coreference")
        .Mention(Lukashenko, "Alexander Lukashenko", "Alexander Lukashenko", "name")
        .Mention(Lukashenko, "He", "he", "pronoun")
        .Known(Lithuania, "GPE", "Litwa", "LTU")
        .Mention(Lithuania, "Lithuania", "Lithuania", "name")
        .Mention(Lithuania, "Lithuania", "Lithuania", "name", occurrence: 2)
        .Mention(Lithuania, "Lithuanian", "Lithuania", "demonym")
        .Known(Belarus, "GPE", "Białoruś", "BLR")
        .Mention(Belarus, "Belarusian", "Belarus", "demonym")
        .Known(Minsk, "GPE", "Mińsk", "BLR")
        .Mention(Minsk, "Minsk", "Minsk", "metonymy", actsFor: Belarus)
        .Known(Vilnius, "GPE", "Wilno", "LTU")
        .Mention(Vilnius, "Vilnius", "Vilnius", "name")
        .Event("THREATEN", "130", "warned", [Lukashenko], [Lithuania], null, FixtureRecord.Day("2024-03-14", "on Thursday"), "asserted", 0.77,
            alsoIn: ["He said"])
        .Event("REJECT", "12", "rejected", [Lithuania], [Lukashenko], Vilnius, null, "reported", 0.58)
        .Quote("indirect", "Minsk would answer any blockade", Lukashenko, "said", "He", statesEvent: 0);

    /// <summary>A promised delivery (hypothetical, dated to a month) with an indirect quote whose speaker is not linked.</summary>
    public static FixtureRecord Drones { get; } = new FixtureRecord("drony-dla-litwy", "pl", "Kurier Próbny", "2024-04-02",
            "Polska wyśle Litwie drony do obserwacji granicy",
            "Rząd Polski zapowiedział w poniedziałek w Warszawie, że przekaże Litwie drony do obserwacji granicy. Według ministra dostawa może nastąpić w maju.")
        .Known(Poland, "GPE", "Polska", "POL")
        .Mention(Poland, "Polska", "Polska", "name")
        .Mention(Poland, "Polski", "Polska", "name")
        .Known(Lithuania, "GPE", "Litwa", "LTU")
        .Mention(Lithuania, "Litwie", "Litwa", "name")
        .Mention(Lithuania, "Litwie", "Litwa", "name", occurrence: 2)
        .Known(Warsaw, "GPE", "Warszawa", "POL")
        .Mention(Warsaw, "Warszawie", "Warszawa", "name")
        .Event("AID", "07", "przekaże", [Poland], [Lithuania], Warsaw,
            new EventDateRecord { Value = "2024-05", Precision = "month", Text = "w maju", ResolvedFrom = "publication_date" },
            "hypothetical", 0.6, alsoIn: ["dostawa może"])
        .Quote("indirect", "dostawa może nastąpić w maju", null, "Według", "ministra", statesEvent: 0);

    public static IReadOnlyList<FixtureRecord> All { get; } = [Visit, Warning, Drones];
}
