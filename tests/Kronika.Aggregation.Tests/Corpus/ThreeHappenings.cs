using Kronika.Contract;

namespace Kronika.Aggregation.Tests.Corpus;

/// <summary>The project's own test corpus with known answers: three happenings of one week written up by several
/// outlets in Polish and English, written for these tests. A meeting in Sochi (PAP, Onet crediting PAP, Reuters, BBC,
/// and a near-duplicate of the Reuters piece), a report that North Korea sent soldiers to Russia (Reuters, Onet crediting
/// Reuters, and a Kremlin denial on RMF), a meeting of foreign ministers in Warsaw with an agreement (PAP, TVN24, The
/// Kyiv Independent, and a near-duplicate of the TVN24 piece), and one article about Putin that belongs to none of them.</summary>
internal static class ThreeHappenings
{
    public const string Putin = "kb:person/putin-vladimir";
    public const string Lukashenko = "kb:person/lukashenko-alexander";
    public const string Peskov = "kb:person/peskov-dmitry";
    public const string KimJongUn = "kb:person/kim-jong-un";
    public const string Sikorski = "kb:person/sikorski-radoslaw";
    public const string Sybiha = "kb:person/sybiha-andrii";
    public const string Sochi = "kb:city/sochi";
    public const string Warsaw = "kb:city/warsaw";
    public const string Russia = "kb:country/RUS";
    public const string Belarus = "kb:country/BLR";
    public const string NorthKorea = "kb:country/PRK";
    public const string SouthKorea = "kb:country/KOR";
    public const string Poland = "kb:country/POL";
    public const string Ukraine = "kb:country/UKR";

    public static readonly AnalysisRecord PapSochi = new ArticleDraft("PAP", null, "pl", "2026-03-02", "Putin przyjął Łukaszenkę w Soczi",
            "Prezydent Rosji Władimir Putin spotkał się w poniedziałek w Soczi z Aleksandrem Łukaszenką.",
            "Rozmowa dotyczyła budowy wspólnej bazy lotniczej na Białorusi.",
            "Łukaszenka podziękował Rosji za tanie dostawy gazu.")
        .Names(Putin, "PER", "Władimir Putin", "RUS", "Władimir Putin")
        .Names(Lukashenko, "PER", "Aleksandr Łukaszenka", "BLR", "Łukaszenkę", "Łukaszenką", "Łukaszenka")
        .Names(Sochi, "GPE", "Soczi", "RUS", "Soczi")
        .Names(Russia, "GPE", "Rosja", "RUS", "Rosji")
        .Names(Belarus, "GPE", "Białoruś", "BLR", "Białorusi")
        .Reports("CONSULT", [Putin], [Lukashenko], Sochi, "2026-03-02", "asserted", 0.9, "spotkał się")
        .Reports("SUPPORT", [Lukashenko], [Russia], null, "2026-03-02", "asserted", 0.6, "podziękował")
        .Record();

    public static readonly AnalysisRecord OnetSochi = new ArticleDraft("Onet", "PAP", "pl", "2026-03-02", "Łukaszenka w Soczi. Rozmowy z Putinem",
            "Aleksandr Łukaszenka rozmawiał w poniedziałek w Soczi z Władimirem Putinem, podaje PAP.",
            "Przywódcy omówili plan bazy lotniczej na Białorusi.")
        .Names(Putin, "PER", "Władimir Putin", "RUS", "Władimirem Putinem", "Putinem")
        .Names(Lukashenko, "PER", "Aleksandr Łukaszenka", "BLR", "Łukaszenka")
        .Names(Sochi, "GPE", "Soczi", "RUS", "Soczi")
        .Names(Belarus, "GPE", "Białoruś", "BLR", "Białorusi")
        .Reports("CONSULT", [Lukashenko], [Putin], Sochi, "2026-03-02", "reported", 0.8, "rozmawiał")
        .Record();

    public static readonly AnalysisRecord ReutersSochi = new ArticleDraft("Reuters", null, "en", "2026-03-02", "Putin hosts Lukashenko in Sochi",
            "Russian President Vladimir Putin met Belarusian leader Alexander Lukashenko in Sochi on Monday.",
            "The two discussed a joint air base in Belarus, the Kremlin said.")
        .Names(Putin, "PER", "Vladimir Putin", "RUS", "Putin")
        .Names(Lukashenko, "PER", "Alexander Lukashenko", "BLR", "Lukashenko")
        .Names(Sochi, "GPE", "Sochi", "RUS", "Sochi")
        .Names(Russia, "GPE", "Russia", "RUS", "Russian")
        .Names(Belarus, "GPE", "Belarus", "BLR", "Belarusian", "Belarus")
        .Reports("CONSULT", [Putin], [Lukashenko], Sochi, "2026-03-02", "asserted", 0.85, "met")
        .Record();

    public static readonly AnalysisRecord BbcSochi = new ArticleDraft("BBC", null, "en", "2026-03-03", "Lukashenko and Putin discuss an air base",
            "Alexander Lukashenko held talks with Vladimir Putin in Sochi on Monday.",
            "Belarus wants more Russian gas at a lower price.")
        .Names(Putin, "PER", "Vladimir Putin", "RUS", "Putin")
        .Names(Lukashenko, "PER", "Alexander Lukashenko", "BLR", "Lukashenko")
        .Names(Sochi, "GPE", "Sochi", "RUS", "Sochi")
        .Names(Russia, "GPE", "Russia", "RUS", "Russian")
        .Names(Belarus, "GPE", "Belarus", "BLR", "Belarus")
        .Reports("CONSULT", [Lukashenko], [Putin], Sochi, "2026-03-02", "asserted", 0.8, "held talks")
        .Record();

    public static readonly AnalysisRecord ReutersTroops = new ArticleDraft("Reuters", null, "en", "2026-03-03", "North Korea sends troops to Russia, officials say",
            "North Korea has sent about 3,000 soldiers to Russia, South Korean officials said on Tuesday.",
            "The government of Kim Jong Un did not comment.")
        .Names(NorthKorea, "GPE", "North Korea", "PRK", "North Korea")
        .Names(Russia, "GPE", "Russia", "RUS", "Russia")
        .Names(SouthKorea, "GPE", "South Korea", "KOR", "South Korean")
        .Names(KimJongUn, "PER", "Kim Jong Un", "PRK", "Kim Jong Un")
        .Reports("AID", [NorthKorea], [Russia], null, "2026-03-03", "reported", 0.7, "has sent")
        .Record();

    public static readonly AnalysisRecord OnetTroops = new ArticleDraft("Onet", "Reuters", "pl", "2026-03-03", "Korea Północna wysłała żołnierzy do Rosji",
            "Korea Północna wysłała do Rosji około 3 tysięcy żołnierzy, twierdzą władze Korei Południowej, podaje Reuters.",
            "Reżim Kim Dzong Una nie skomentował doniesień.")
        .Names(NorthKorea, "GPE", "Korea Północna", "PRK", "Korea Północna")
        .Names(Russia, "GPE", "Rosja", "RUS", "Rosji")
        .Names(SouthKorea, "GPE", "Korea Południowa", "KOR", "Korei Południowej")
        .Names(KimJongUn, "PER", "Kim Dzong Un", "PRK", "Kim Dzong Una")
        .Reports("AID", [NorthKorea], [Russia], null, "2026-03-03", "reported", 0.65, "wysłała do")
        .Record();

    public static readonly AnalysisRecord RmfDenial = new ArticleDraft("RMF FM", null, "pl", "2026-03-04", "Kreml zaprzecza doniesieniom o żołnierzach z Korei",
            "Rzecznik Kremla Dmitrij Pieskow zdementował w środę doniesienia, że Korea Północna wysłała żołnierzy do Rosji.",
            "Pieskow nazwał je prowokacją.")
        .Names(Peskov, "PER", "Dmitrij Pieskow", "RUS", "Dmitrij Pieskow", "Pieskow")
        .Names(NorthKorea, "GPE", "Korea Północna", "PRK", "Korea Północna")
        .Names(Russia, "GPE", "Rosja", "RUS", "Rosji")
        .Reports("AID", [NorthKorea], [Russia], null, null, "denied", 0.7, "wysłała")
        .Record();

    public static readonly AnalysisRecord RzeczpospolitaOil = new ArticleDraft("Rzeczpospolita", null, "pl", "2026-03-02", "Putin o cenach ropy",
            "Władimir Putin powiedział w poniedziałek, że Rosja nie obniży wydobycia ropy.")
        .Names(Putin, "PER", "Władimir Putin", "RUS", "Władimir Putin")
        .Names(Russia, "GPE", "Rosja", "RUS", "Rosja")
        .Record();

    public static readonly AnalysisRecord PapWarsaw = new ArticleDraft("PAP", null, "pl", "2026-03-04", "Sikorski i Sybiha rozmawiali w Warszawie",
            "Minister spraw zagranicznych Radosław Sikorski przyjął w środę w Warszawie szefa ukraińskiej dyplomacji Andrija Sybihę.",
            "Polska i Ukraina porozumiały się w sprawie tranzytu zboża.")
        .Names(Sikorski, "PER", "Radosław Sikorski", "POL", "Radosław Sikorski")
        .Names(Sybiha, "PER", "Andrij Sybiha", "UKR", "Andrija Sybihę")
        .Names(Warsaw, "GPE", "Warszawa", "POL", "Warszawie")
        .Names(Poland, "GPE", "Polska", "POL", "Polska")
        .Names(Ukraine, "GPE", "Ukraina", "UKR", "Ukraina")
        .Reports("CONSULT", [Sikorski], [Sybiha], Warsaw, "2026-03-04", "asserted", 0.9, "przyjął")
        .Reports("AGREE", [Poland], [Ukraine], null, "2026-03-04", "asserted", 0.8, "porozumiały się")
        .Record();

    public static readonly AnalysisRecord TvnWarsaw = new ArticleDraft("TVN24", null, "pl", "2026-03-04", "Szef MSZ Ukrainy w Warszawie",
            "Andrij Sybiha spotkał się w środę w Warszawie z Radosławem Sikorskim.",
            "Rozmowa trwała dwie godziny.")
        .Names(Sikorski, "PER", "Radosław Sikorski", "POL", "Radosławem Sikorskim")
        .Names(Sybiha, "PER", "Andrij Sybiha", "UKR", "Andrij Sybiha")
        .Names(Warsaw, "GPE", "Warszawa", "POL", "Warszawie")
        .Names(Ukraine, "GPE", "Ukraina", "UKR", "Ukrainy")
        .Reports("CONSULT", [Sybiha], [Sikorski], Warsaw, "2026-03-04", "asserted", 0.85, "spotkał się")
        .Record();

    public static readonly AnalysisRecord KyivWarsaw = new ArticleDraft("The Kyiv Independent", null, "en", "2026-03-05", "Sybiha and Sikorski agree on grain transit",
            "Foreign Minister Andrii Sybiha met his Polish counterpart Radoslaw Sikorski in Warsaw on Wednesday.",
            "Sikorski agreed with Ukraine on new rules for grain transit.")
        .Names(Sikorski, "PER", "Radosław Sikorski", "POL", "Radoslaw Sikorski", "Sikorski")
        .Names(Sybiha, "PER", "Andrii Sybiha", "UKR", "Andrii Sybiha")
        .Names(Warsaw, "GPE", "Warsaw", "POL", "Warsaw")
        .Names(Poland, "GPE", "Poland", "POL", "Polish")
        .Names(Ukraine, "GPE", "Ukraine", "UKR", "Ukraine")
        .Reports("CONSULT", [Sybiha], [Sikorski], Warsaw, "2026-03-04", "asserted", 0.8, "met")
        .Reports("AGREE", [Sikorski], [Ukraine], null, "2026-03-04", "asserted", 0.75, "agreed")
        .Record();

    /// <summary>Every analysed article, in publication order.</summary>
    public static IReadOnlyList<AnalysisRecord> Articles { get; } =
        [PapSochi, OnetSochi, ReutersSochi, RzeczpospolitaOil, BbcSochi, ReutersTroops, OnetTroops, RmfDenial, PapWarsaw, TvnWarsaw, KyivWarsaw];

    /// <summary>The near-duplicates: (copy id, outlet, the article it repeats).</summary>
    public static IReadOnlyList<(string Copy, string Outlet, string Of)> Copies { get; } =
    [
        ("sha256:copy-of-reuters-sochi-on-yahoo", "Yahoo News", ReutersSochi.Article.Id),
        ("sha256:copy-of-tvn24-warsaw-on-wp", "Wirtualna Polska", TvnWarsaw.Article.Id),
    ];
}
