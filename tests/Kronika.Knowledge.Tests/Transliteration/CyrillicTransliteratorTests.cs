using Kronika.Knowledge.Transliteration;

namespace Kronika.Knowledge.Tests.Transliteration;

public sealed class CyrillicTransliteratorTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Песков", "Pieskow")]
    [InlineData("Лукашенко", "Łukaszenka")]
    [InlineData("Лукашэнка", "Łukaszenka")]
    [InlineData("Зеленський", "Zełenski")]
    [InlineData("Шойгу", "Szojgu")]
    [InlineData("Пригожин", "Prigożyn")]
    [InlineData("Прігожин", "Prigożyn")]
    [InlineData("Анна Политковская", "Anna Politkowska")]
    [InlineData("Владимир Путин", "Władimir Putin")]
    [InlineData("Сергей Лавров", "Siergiej Ławrow")]
    [InlineData("Дмитрий Медведев", "Dmitrij Miedwiediew")]
    [InlineData("Мария Захарова", "Marija Zacharowa")]
    [InlineData("Алексей Навальный", "Aleksiej Nawalny")]
    [InlineData("Андрей Белоусов", "Andriej Biełousow")]
    [InlineData("Валерий Герасимов", "Walerij Gierasimow")]
    [InlineData("Вячеслав Володин", "Wiaczesław Wołodin")]
    [InlineData("Хрущёв", "Chruszczow")]
    [InlineData("Королёв", "Korolow")]
    [InlineData("Достоевский", "Dostojewski")]
    [InlineData("Горький", "Gorki")]
    [InlineData("Толстой", "Tołstoj")]
    [InlineData("Андреев", "Andriejew")]
    [InlineData("Ильич", "Iljicz")]
    [InlineData("Дарья", "Darja")]
    [InlineData("Игорь", "Igor")]
    [InlineData("Ярославль", "Jarosławl")]
    [InlineData("Тверь", "Twier")]
    [InlineData("Жириновский", "Żyrinowski")]
    [InlineData("Щукин", "Szczukin")]
    [InlineData("Цыганков", "Cygankow")]
    [InlineData("ТАСС", "TASS")]
    public void Russian_to_Polish(string cyrillic, string polish) =>
        Assert.Equal(polish, CyrillicTransliterator.ToPolish(cyrillic, CyrillicLanguage.Russian));

    [Theory]
    [InlineData("Володимир Зеленський", "Wołodymyr Zełenski")]
    [InlineData("Дмитро Кулеба", "Dmytro Kułeba")]
    [InlineData("Денис Шмигаль", "Denys Szmyhal")]
    [InlineData("Андрій Єрмак", "Andrij Jermak")]
    [InlineData("Михайло Подоляк", "Mychajło Podolak")]
    [InlineData("Валерій Залужний", "Wałerij Załużny")]
    [InlineData("Олександр Сирський", "Ołeksandr Syrski")]
    [InlineData("Юлія Тимошенко", "Julija Tymoszenko")]
    [InlineData("Харків", "Charków")]
    [InlineData("Київ", "Kijów")]
    [InlineData("Запоріжжя", "Zaporiżżia")]
    [InlineData("Вінниця", "Winnycia")]
    [InlineData("Кличко", "Kliczko")]
    [InlineData("Ґонґадзе", "Gongadze")]
    [InlineData("Мар'яна", "Marjana")]
    public void Ukrainian_to_Polish(string cyrillic, string polish) =>
        Assert.Equal(polish, CyrillicTransliterator.ToPolish(cyrillic, CyrillicLanguage.Ukrainian));

    [Theory]
    [InlineData("Святлана Ціханоўская", "Swiatłana Cichanouska")]
    [InlineData("Лукашэнка", "Łukaszenka")]
    [InlineData("Магілёў", "Mahilou")]
    [InlineData("Гродна", "Hrodna")]
    public void Belarusian_to_Polish(string cyrillic, string polish) =>
        Assert.Equal(polish, CyrillicTransliterator.ToPolish(cyrillic, CyrillicLanguage.Belarusian));

    [Theory]
    [InlineData("Песков", "Peskov")]
    [InlineData("Лукашенко", "Lukashenko")]
    [InlineData("Шойгу", "Shoigu")]
    [InlineData("Пригожин", "Prigozhin")]
    [InlineData("Дмитрий Песков", "Dmitry Peskov")]
    [InlineData("Сергей Лавров", "Sergei Lavrov")]
    [InlineData("Алексей Навальный", "Alexei Navalny")]
    [InlineData("Евгений Пригожин", "Yevgeny Prigozhin")]
    [InlineData("Мария Захарова", "Mariya Zakharova")]
    [InlineData("Хрущёв", "Khrushchev")]
    [InlineData("Пётр", "Pyotr")]
    [InlineData("Толстой", "Tolstoy")]
    [InlineData("Николай", "Nikolai")]
    [InlineData("Дарья", "Darya")]
    [InlineData("Юрий Ушаков", "Yury Ushakov")]
    public void Russian_to_English(string cyrillic, string english) =>
        Assert.Equal(english, CyrillicTransliterator.ToEnglish(cyrillic, CyrillicLanguage.Russian));

    [Theory]
    [InlineData("Зеленський", "Zelensky")]
    [InlineData("Володимир", "Volodymyr")]
    [InlineData("Дмитро Кулеба", "Dmytro Kuleba")]
    [InlineData("Денис Шмигаль", "Denys Shmyhal")]
    [InlineData("Андрій Єрмак", "Andrii Yermak")]
    [InlineData("Валерій Залужний", "Valerii Zaluzhnyi")]
    [InlineData("Київ", "Kyiv")]
    [InlineData("Україна", "Ukraine")]
    [InlineData("Згурський", "Zghurskyi")]
    [InlineData("Юлія", "Yuliia")]
    public void Ukrainian_to_English(string cyrillic, string english) =>
        Assert.Equal(english, CyrillicTransliterator.ToEnglish(cyrillic, CyrillicLanguage.Ukrainian));

    [Theory]
    [InlineData("Святлана Ціханоўская", "Sviatlana Tsikhanouskaya")]
    [InlineData("Лукашэнка", "Lukashenko")]
    public void Belarusian_to_English(string cyrillic, string english) =>
        Assert.Equal(english, CyrillicTransliterator.ToEnglish(cyrillic, CyrillicLanguage.Belarusian));

    [Theory]
    [InlineData("Песков", CyrillicLanguage.Russian)]
    [InlineData("Київ", CyrillicLanguage.Ukrainian)]
    [InlineData("Ціханоўская", CyrillicLanguage.Belarusian)]
    [InlineData("Лукашэнка і Мінск", CyrillicLanguage.Belarusian)]
    [InlineData("Лукашенко", CyrillicLanguage.Russian)]
    public void Detects_the_language(string cyrillic, CyrillicLanguage language) =>
        Assert.Equal(language, CyrillicTransliterator.Detect(cyrillic));

    [Theory]
    [InlineData("Putin (Путин) said: «нет».", "Putin (Putin) said: «niet».")]
    [InlineData("", "")]
    [InlineData("no Cyrillic at all", "no Cyrillic at all")]
    [InlineData("ъ", "")]
    public void Leaves_other_text_alone(string text, string polish) =>
        Assert.Equal(polish, CyrillicTransliterator.ToPolish(text));

    // Every Russian, Ukrainian and Belarusian person's Polish name either is what the rules give or is listed among
    // the person's names (a conventional spelling); the mismatches are printed for a reviewer.
    [Fact]
    public void Polish_names_of_people_agree_with_the_rules()
    {
        int same = 0;
        var differ = new List<string>();
        foreach (Person person in KnowledgeBase.LoadDefault().People)
        {
            if (person.NameNative.Length == 0)
            {
                continue;
            }

            CyrillicLanguage language = person.Country == "UKR" ? CyrillicLanguage.Ukrainian : CyrillicLanguage.Auto;
            string rules = CyrillicTransliterator.ToPolish(person.NameNative, language);
            if (rules == person.NamePl || person.Names.Any(n => n.Text == rules))
            {
                same++;
            }
            else
            {
                differ.Add($"{person.NameNative}: rules {rules}, base {person.NamePl}");
            }
        }

        output.WriteLine($"{same} agree; differ:\n" + string.Join('\n', differ));
        Assert.True(same > 3 * differ.Count, $"{differ.Count} differ, {same} agree");
    }
}
