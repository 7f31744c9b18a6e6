using Kronika.Testing;

namespace Kronika.Evaluation.Tests;

public sealed class GoldFileTests
{
    private const string Visit = "tests/Kronika.Evaluation.Tests/Gold/visit.gold.json";

    [Theory]
    [InlineData(Visit, 7, 3, 1)]
    public void A_hand_made_gold_file_loads(string path, int entities, int events, int quotes)
    {
        GoldArticle gold = GoldFile.Load(Path.Combine(SharedData.RepositoryRoot, path));

        Assert.Equal("visit.txt", gold.Article);
        Assert.Equal("PAP", gold.CreditedSource);
        Assert.Equal(entities, gold.Entities.Count);
        Assert.Equal(events, gold.Events.Count);
        Assert.Equal(quotes, gold.Quotes.Count);
        Assert.Equal("ukraine", gold.Entities[4].ActsFor);
        Assert.Null(gold.Entities[0].ActsFor);
        Assert.Equal("Q11806", gold.Entities[0].Wikidata);
    }

    [Theory]
    [InlineData(Visit, "Duda spotkał się z Zełenskim w Kijowie.")]
    public void One_evidence_string_is_read_as_a_list_of_one(string path, string evidence)
    {
        GoldArticle gold = GoldFile.Load(Path.Combine(SharedData.RepositoryRoot, path));

        Assert.Equal([evidence], gold.Events[0].Evidence);
        Assert.Single(gold.Events[1].Evidence);
    }

    [Theory]
    [InlineData("{\"format\": \"kronika-gold/2\", \"article\": \"a.txt\"}", "format is 'kronika-gold/2'")]
    [InlineData("{\"format\": \"kronika-gold/1\"}", "not a kronika-gold/1 file")]
    [InlineData("{\"format\": \"kronika-gold/1\", \"article\": \"a.txt\", \"events\": [{\"type\": \"AID\", \"evidence\": 3}]}", "not a kronika-gold/1 file")]
    [InlineData("[", "not a kronika-gold/1 file")]
    public void A_broken_gold_file_is_refused_with_its_path(string json, string expected)
    {
        DirectoryInfo folder = Directory.CreateTempSubdirectory("kronika-gold-");
        try
        {
            string path = Path.Combine(folder.FullName, "broken.gold.json");
            File.WriteAllText(path, json);

            InvalidDataException exception = Assert.Throws<InvalidDataException>(() => GoldFile.Load(path));

            Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
            Assert.Contains(path, exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("{\"format\": \"kronika-gold/1\", \"article\": \"a.txt\", \"events\": [{\"type\": \"AID\"}], \"entities\": [{\"key\": \"x\", \"type\": \"PER\"}]}")]
    public void Lists_a_gold_file_leaves_out_are_read_as_empty(string json)
    {
        DirectoryInfo folder = Directory.CreateTempSubdirectory("kronika-gold-");
        try
        {
            string path = Path.Combine(folder.FullName, "sparse.gold.json");
            File.WriteAllText(path, json);

            GoldArticle gold = GoldFile.Load(path);

            Assert.Empty(gold.Junk);
            Assert.Empty(gold.Captions);
            Assert.Empty(gold.Quotes);
            Assert.Empty(gold.Entities[0].Mentions);
            Assert.Empty(gold.Events[0].Evidence);
            Assert.Empty(gold.Events[0].Source);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("b.gold.json,a.gold.json,sub/c.gold.json,notes.json,a.txt", "a.gold.json,b.gold.json,sub/c.gold.json")]
    public void Find_expands_folders_to_their_gold_files_in_order(string files, string expected)
    {
        DirectoryInfo folder = Directory.CreateTempSubdirectory("kronika-gold-");
        try
        {
            foreach (string file in files.Split(','))
            {
                string path = Path.Combine(folder.FullName, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, "{}");
            }

            string single = Path.Combine(folder.FullName, "b.gold.json");
            IReadOnlyList<string> found = GoldFile.Find([folder.FullName, single]);

            Assert.Equal(expected.Split(',').Select(file => Path.GetFullPath(Path.Combine(folder.FullName, file))), found);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("no/such/folder")]
    public void Find_refuses_a_path_that_is_not_there(string path)
    {
        Assert.Throws<FileNotFoundException>(() => GoldFile.Find([path]));
    }

    [Theory]
    [InlineData("gold/a.gold.json", "gold/seeds/a.txt", "seeds/a.txt", "gold/seeds/a.txt")]
    [InlineData("gold/a.gold.json", "seeds/a.txt", "seeds/a.txt", "seeds/a.txt")]
    [InlineData("gold/a.gold.json", "gold/a.txt,a.txt", "a.txt", "gold/a.txt")]
    public void The_article_is_found_beside_the_gold_file_then_one_folder_up(string goldFile, string existing, string article, string expected)
    {
        DirectoryInfo folder = Directory.CreateTempSubdirectory("kronika-gold-");
        try
        {
            foreach (string file in existing.Split(','))
            {
                string path = Path.Combine(folder.FullName, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, "text");
            }

            var gold = new GoldArticle { Format = GoldArticle.CurrentFormat, Article = article };

            string resolved = GoldFile.ResolveArticle(Path.Combine(folder.FullName, goldFile), gold);

            Assert.Equal(Path.GetFullPath(Path.Combine(folder.FullName, expected)), resolved);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("seeds/missing.txt")]
    public void A_missing_article_names_both_places_tried(string article)
    {
        DirectoryInfo folder = Directory.CreateTempSubdirectory("kronika-gold-");
        try
        {
            string goldPath = Path.Combine(folder.FullName, "gold", "a.gold.json");
            var gold = new GoldArticle { Format = GoldArticle.CurrentFormat, Article = article };

            FileNotFoundException exception = Assert.Throws<FileNotFoundException>(() => GoldFile.ResolveArticle(goldPath, gold));

            Assert.Contains(Path.Combine(folder.FullName, "gold", article), exception.Message, StringComparison.Ordinal);
            Assert.Contains(Path.Combine(folder.FullName, article), exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
