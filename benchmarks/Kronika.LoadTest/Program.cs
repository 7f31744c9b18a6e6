using System.Diagnostics;
using System.Globalization;
using Kronika.LoadTest;
using Kronika.Storage;

// kronika-loadtest seed STORE COUNT: stores COUNT synthetic articles (each with entities, five events and a quote) into STORE.
if (args is not ["seed", string location, string countText] || !int.TryParse(countText, CultureInfo.InvariantCulture, out int count) || count < 1)
{
    Console.Error.WriteLine("usage: kronika-loadtest seed STORE COUNT");
    return 2;
}

var watch = Stopwatch.StartNew();
using IArticleStore store = StoreFactory.Open(location);
var storedAt = DateTimeOffset.UtcNow;
for (int number = 0; number < count; number++)
{
    store.Store(SyntheticArticles.Make(number, storedAt));
    if ((number + 1) % 2000 == 0)
    {
        Console.Error.WriteLine($"seed: {number + 1}/{count}");
    }
}

Console.Error.WriteLine($"seed: {count} articles in {watch.Elapsed.TotalSeconds:F1} s ({count / watch.Elapsed.TotalSeconds:F0} articles/s)");
return 0;
