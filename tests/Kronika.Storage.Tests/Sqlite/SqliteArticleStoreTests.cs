using System.Globalization;
using Kronika.Storage.Duplicates;
using Kronika.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Kronika.Storage.Tests.Sqlite;

/// <summary>The store contract against a fresh SQLite file in a temporary folder.</summary>
public sealed class SqliteArticleStoreTests : ArticleStoreContract
{
    private readonly TempFolder _folder = new();

    protected override IArticleStore CreateStore() => SqliteArticleStore.Open(Path.Combine(_folder.Path, "kronika.db"));

    [Fact]
    public void A_near_duplicate_lookup_reads_the_band_indexes_not_the_whole_table()
    {
        string path = Path.Combine(_folder.Path, "kronika.db");
        Store.Store(TestArticles.Make(NearDuplicateTexts.Agency, "pap.txt"));
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        connection.Open();
        using SqliteCommand explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + SqliteArticleStore.CandidatesSql;
        for (int band = 0; band < SimHash.Bands; band++)
        {
            explain.Parameters.AddWithValue("$band" + band.ToString(CultureInfo.InvariantCulture), band);
        }

        var plan = new List<string>();
        using (SqliteDataReader reader = explain.ExecuteReader())
        {
            while (reader.Read())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains("MULTI-INDEX OR", plan);
        for (int band = 0; band < SimHash.Bands; band++)
        {
            Assert.Contains(plan, step => step.Contains($"USING INDEX fingerprints_band{band} (band{band}=?)", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN fingerprints", StringComparison.Ordinal));
    }

    public override void Dispose()
    {
        base.Dispose();
        _folder.Dispose();
    }
}
