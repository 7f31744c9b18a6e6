namespace Kronika.Knowledge.Transliteration;

/// <summary>The East Slavic language a Cyrillic name is written in; the rules differ (Г is g in Russian, h in
/// Ukrainian and Belarusian; Ukrainian и is y; Belarusian has ў).</summary>
public enum CyrillicLanguage
{
    /// <summary>Guess from the letters (see <see cref="CyrillicTransliterator.Detect"/>).</summary>
    Auto,

    /// <summary>Russian.</summary>
    Russian,

    /// <summary>Ukrainian.</summary>
    Ukrainian,

    /// <summary>Belarusian.</summary>
    Belarusian,
}
