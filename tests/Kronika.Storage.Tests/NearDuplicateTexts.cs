namespace Kronika.Storage.Tests;

/// <summary>News-like stories written for these tests: an agency story, a copy of it with small edits as another site
/// would run it, and a different story on the same topic.</summary>
internal static class NearDuplicateTexts
{
    public const string Agency = """
        Rząd przyjął projekt ustawy o obronie cywilnej

        Rada Ministrów przyjęła we wtorek projekt ustawy o ochronie ludności i obronie cywilnej, poinformował po posiedzeniu rzecznik rządu. Projekt trafi teraz do Sejmu, gdzie pierwsze czytanie zaplanowano na przyszły tydzień.

        Według rzecznika ustawa ma uporządkować zadania wojewodów, starostów i wójtów w czasie klęsk żywiołowych oraz wojny. Samorządy dostaną pieniądze na budowę schronów i miejsc ukrycia, a także na zakup sprzętu dla straży pożarnych.

        Minister spraw wewnętrznych zapowiedział, że pierwsze środki zostaną przekazane jeszcze w tym roku. Na program w ciągu trzech lat ma zostać przeznaczone ponad pięć miliardów złotych, z czego część pochodzić będzie z budżetu państwa, a część z funduszy unijnych.

        Opozycja krytykuje tempo prac nad projektem. Jej zdaniem konsultacje z samorządami trwały zbyt krótko, a projekt nie określa, kto będzie odpowiadał za utrzymanie schronów po ich wybudowaniu.
        """;

    /// <summary>The agency story as a portal runs it: another headline, one sentence trimmed, a word changed.</summary>
    public const string PortalCopy = """
        Obrona cywilna. Rząd przyjął projekt ustawy

        Rada Ministrów przyjęła we wtorek projekt ustawy o ochronie ludności i obronie cywilnej, poinformował po posiedzeniu rzecznik rządu. Projekt trafi teraz do Sejmu, gdzie pierwsze czytanie zaplanowano na przyszły tydzień.

        Według rzecznika ustawa ma uporządkować zadania wojewodów, starostów i wójtów w czasie klęsk żywiołowych oraz wojny. Samorządy dostaną pieniądze na budowę schronów i miejsc ukrycia, a także na zakup sprzętu dla straży pożarnych.

        Szef MSWiA zapowiedział, że pierwsze środki zostaną przekazane jeszcze w tym roku. Na program w ciągu trzech lat ma zostać przeznaczone ponad pięć miliardów złotych, z czego część pochodzić będzie z budżetu państwa, a część z funduszy unijnych.

        Opozycja krytykuje tempo prac nad projektem. Jej zdaniem konsultacje z samorządami trwały zbyt krótko, a projekt nie określa, kto będzie odpowiadał za utrzymanie schronów po ich wybudowaniu.
        """;

    /// <summary>Another report on the same topic, written independently.</summary>
    public const string SameTopic = """
        Sejm zajmie się ustawą o ochronie ludności

        Posłowie w przyszłym tygodniu rozpoczną prace nad rządowym projektem ustawy o ochronie ludności. Dokument zakłada, że w każdej gminie powstanie plan ewakuacji, a mieszkańcy będą mogli sprawdzić w aplikacji, gdzie znajduje się najbliższe miejsce schronienia.

        Eksperci zwracają uwagę, że wiele schronów zbudowanych w czasach PRL jest dziś w złym stanie technicznym. Część z nich zamieniono na piwnice, magazyny lub garaże, a ich przywrócenie do dawnej funkcji będzie kosztowne.

        Samorządowcy chwalą zapowiedź finansowania z budżetu państwa, ale pytają o koszty utrzymania nowych obiektów. Związek Miast Polskich zapowiedział, że przedstawi swoje uwagi do projektu podczas prac w komisji sejmowej.
        """;

    public const string WireEnglish = """
        Rail strike halts trains across southern England

        Train drivers walked out on Thursday in a dispute over pay and working conditions, halting most services across southern England and leaving commuters to crowd onto buses and roads, the union said.

        The strike, the third this year, was called after talks with the rail operators broke down on Monday. The union said its members had been offered a rise of four per cent over two years, which it described as a cut in real terms after inflation.

        The operators said they had made a fair offer and urged the union to put it to a vote of its members. Only one train in five was expected to run on the main routes into London, and several lines had no service at all.

        The transport secretary called the walkout disappointing and said the government would not step in to settle the dispute, which he said was a matter for the employers and their staff.
        """;

    /// <summary>The wire story as a regional paper runs it: a new headline, a word or two changed, the last sentence cut short.</summary>
    public const string RegionalCopy = """
        Commuters stranded as train drivers strike

        Train drivers walked out on Thursday in a dispute over pay and working conditions, halting most services across southern England and leaving commuters to crowd onto buses and roads, the union said.

        The strike, the third this year, was called after talks with the rail companies broke down on Monday. The union said its members had been offered a rise of four per cent over two years, which it described as a cut in real terms after inflation.

        The operators said they had made a fair offer and urged the union to put it to a vote of its members. Only one train in five was expected to run on the main routes into London, and several lines had no service at all.

        The transport secretary called the walkout disappointing and said the government would not step in to settle the dispute.
        """;

    /// <summary>Another report of the same strike, written independently.</summary>
    public const string SameStrike = """
        Thursday's rail walkout: what passengers need to know

        Most trains in the south of England will not run on Thursday because drivers are on strike again. Passengers are advised to travel only if they must and to check before they set out, as timetables will change at short notice.

        Season ticket holders can claim a refund for the day, and tickets bought for Thursday can be used on Wednesday or Friday instead. Bus companies have added extra coaches on the busiest commuter routes, but expect queues in the morning.

        Drivers rejected a pay deal that the companies say is generous, while the union argues it does not keep up with rising prices. No new talks have been arranged, so further strikes before the summer cannot be ruled out.
        """;
}

