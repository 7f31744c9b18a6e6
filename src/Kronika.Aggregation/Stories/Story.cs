namespace Kronika.Aggregation.Stories;

/// <summary>Articles about one happening, across outlets and languages.</summary>
/// <param name="Id"><c>story:</c> + the id of its earliest article (by publication day, then id), so that the same
/// articles make the same story whatever order they arrive in.</param>
/// <param name="First">The earliest article's id.</param>
/// <param name="FirstPublished">Its publication day.</param>
/// <param name="Articles">Its analysed articles plus the near-duplicates linked to them.</param>
/// <param name="Copies">Of <paramref name="Articles"/>, the near-duplicates (counted, not analysed).</param>
/// <param name="Sources">Distinct independent sources among its analysed articles (agencies credited, else outlets).</param>
/// <param name="Languages">The languages of its articles, sorted.</param>
public sealed record Story(string Id, string First, DateOnly? FirstPublished, int Articles, int Copies, int Sources, IReadOnlyList<string> Languages);
