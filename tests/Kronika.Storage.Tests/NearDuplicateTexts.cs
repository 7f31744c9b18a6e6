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
}
