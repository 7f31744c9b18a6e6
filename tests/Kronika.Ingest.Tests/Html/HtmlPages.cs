namespace Kronika.Ingest.Tests.Html;

/// <summary>Small pages written for these tests, shaped like the news pages Kronika reads: a site frame (navigation,
/// teasers, footer, cookie banner) around one article.</summary>
internal static class HtmlPages
{
    public const string Body1 =
        "Prezydent Białorusi Aleksandr Łukaszenka spotkał się w piątek w Mińsku z premierem Rosji, a rozmowy, jak poinformowała agencja, dotyczyły handlu, energii i wspólnych ćwiczeń wojskowych.";

    public const string Body2 =
        "Według komunikatu obie strony podpisały trzy umowy, w tym porozumienie o dostawach gazu na przyszły rok, a kolejne spotkanie zaplanowano na wiosnę w Moskwie.";

    public const string Body3 =
        "Opozycja skrytykowała rozmowy, twierdząc, że umowy zwiększą zależność kraju od wschodniego sąsiada, a rząd nie przedstawił ich treści parlamentowi.";

    /// <summary>A Polish news page with JSON-LD, OpenGraph, a byline, teasers, a share bar and debris inside the body.</summary>
    public static string Polish(string? charsetMeta = "utf-8") => $$$"""
        <!DOCTYPE html>
        <html lang="pl-PL">
        <head>
        {{{(charsetMeta is null ? "" : $"<meta charset=\"{charsetMeta}\">")}}}
        <title>Łukaszenka spotkał się z premierem Rosji | Wiadomości Przykładowe</title>
        <meta property="og:title" content="Łukaszenka spotkał się z premierem Rosji">
        <meta property="og:site_name" content="Wiadomości Przykładowe">
        <link rel="canonical" href="https://wiadomosci.example.pl/swiat/lukaszenka-premier">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Wiadomości Przykładowe"},
         {"@type":"NewsArticle","headline":"Łukaszenka spotkał się z premierem Rosji","datePublished":"2024-03-15T10:20:00+01:00",
          "dateModified":"2024-03-15T12:00:00+01:00","author":[{"@type":"Person","name":"Anna Nowak"}],
          "publisher":{"@type":"Organization","name":"Wiadomości Przykładowe"}}]}
        </script>
        <script>window.dataLayer = [{"page":"article"}];</script>
        <style>.x { color: red }</style>
        </head>
        <body>
        <header class="site-header"><a href="/">Wiadomości Przykładowe</a>
          <nav><ul><li><a href="/kraj">Kraj</a></li><li><a href="/swiat">Świat</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        </header>
        <div class="cookie-banner">Ta strona używa plików cookie, aby zapewnić najlepszą jakość usług. Akceptuję</div>
        <main>
          <article class="article">
            <h1>Łukaszenka spotkał się z premierem Rosji</h1>
            <div class="byline">Autor: Anna Nowak, 15.03.2024</div>
            <div class="share-bar"><a href="#">Udostępnij</a> <a href="#">Tweetnij</a></div>
            <div class="article-body">
              <p class="lead">{{{Body1}}}</p>
              <p>{{{Body2}}}</p>
              <p>Czytaj także:</p>
              <h2>Krytyka opozycji</h2>
              <p>{{{Body3}}}</p>
              <figure><img src="a.jpg" alt=""><figcaption>Aleksandr Łukaszenka w Mińsku. Fot. Archiwum</figcaption></figure>
            </div>
            <div class="related-articles"><h3>Zobacz też</h3>
              <ul><li><a href="/a">Rosja zapowiada nowe ćwiczenia wojskowe na granicy z krajami bałtyckimi i Polską</a></li>
                  <li><a href="/b">Białoruś: kolejne aresztowania działaczy opozycji po protestach w stolicy kraju</a></li></ul>
            </div>
          </article>
        </main>
        <aside class="sidebar"><h3>Najczęściej czytane</h3><p>Inny artykuł, który nie należy do tekstu, choć ma przecinki, zdania, i długość akapitu prozy.</p></aside>
        <footer><p>© 2024 Wiadomości Przykładowe. Wszelkie prawa zastrzeżone, kontakt, regulamin, polityka prywatności.</p></footer>
        </body>
        </html>
        """;
}
