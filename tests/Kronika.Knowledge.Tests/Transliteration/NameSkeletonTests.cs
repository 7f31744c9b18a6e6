using Kronika.Knowledge.Transliteration;

namespace Kronika.Knowledge.Tests.Transliteration;

public sealed class NameSkeletonTests
{
    [Theory]
    [InlineData("Песков", null, "Pieskow", "pl", "Peskov", "en")]
    [InlineData("Лукашенко", null, "Łukaszenka", "pl", "Lukashenko", "en")]
    [InlineData("Лукашэнка", null, "Łukaszenko", "pl", "Lukashenka", "en")]
    [InlineData("Зеленський", null, "Zełenski", "pl", "Zelenskyy", "en")]
    [InlineData("Зеленский", null, "Zelensky", "en", "Zelenskyi", "en")]
    [InlineData("Шойгу", null, "Szojgu", "pl", "Shoigu", "en")]
    [InlineData("Прігожин", null, "Prigożyn", "pl", "Prigozhin", "en")]
    [InlineData("Хрущёв", null, "Chruszczow", "pl", "Khrushchev", "en")]
    [InlineData("Ціханоўская", null, "Cichanouska", "pl", "Tsikhanouskaya", "en")]
    [InlineData("Кличко", null, "Kliczko", "pl", "Klitschko", "en")]
    [InlineData("Єрмак", null, "Jermak", "pl", "Yermak", "en")]
    [InlineData("Дмитрий Песков", null, "Dmitrij Pieskow", null, "Dmitry Peskov", null)]
    [InlineData("Алексей Навальный", null, "Aleksiej Nawalny", "pl", "Alexei Navalny", "en")]
    public void Joins_one_name_across_scripts_and_languages(string cyrillic, string? c, string polish, string? p, string english, string? e)
    {
        string key = NameSkeleton.Of(cyrillic, c);
        Assert.Equal(key, NameSkeleton.Of(polish, p));
        Assert.Equal(key, NameSkeleton.Of(english, e));
    }

    [Theory]
    [InlineData("Pieskow", "Putin")]
    [InlineData("Ivanov", "Vanov")]
    [InlineData("Szojgu", "Sojgu")]
    [InlineData("Czernow", "Tsernov")]
    public void Keeps_different_names_apart(string a, string b) => Assert.False(NameSkeleton.Same(a, null, b, null));

    [Theory]
    [InlineData("Chodorkowski", "pl", "Khodorkovsky", "en")]
    [InlineData("Czernyszow", "pl", "Chernyshov", "en")]
    public void Reads_ch_by_the_language(string polish, string p, string english, string e) =>
        Assert.True(NameSkeleton.Same(polish, p, english, e));

    [Theory]
    [InlineData("", "")]
    [InlineData("Ja", "a")]
    [InlineData("  Peskov  ", "pskv")]
    public void Handles_edge_cases(string name, string key) => Assert.Equal(key, NameSkeleton.Of(name, "en"));

    [Theory]
    [InlineData("Песков", "person/peskov-dmitry")]
    [InlineData("Pieskow", "person/peskov-dmitry")]
    [InlineData("Peskov", "person/peskov-dmitry")]
    [InlineData("Лукашэнка", "person/lukashenko-alexander")]
    [InlineData("Zelenskyi", "person/zelensky-volodymyr")]
    public void Finds_people_by_any_spelling(string name, string id)
    {
        IReadOnlyList<NameMatch> matches = KnowledgeBase.LoadDefault().FindTransliterated(name);
        Assert.Contains(matches, m => m.Entity.Id == id);
    }
}
