using System.Collections.Immutable;
using Kronika.Nlp.Mentions.Tagger;
using Kronika.Nlp.Tests.Morphology.Polish;

namespace Kronika.Nlp.Tests.Mentions;

public sealed class NerTaggerTests
{
    private static readonly Lazy<NerModel> _model = new(NerModel.LoadPolish);

    [Theory]
    [InlineData("Prezydent Andrzej Duda spotkał się w Warszawie z kanclerz Angelą Merkel .", "Andrzej Duda|persName;Warszawie|placeName;Angelą Merkel|persName")]
    [InlineData("Minister spraw zagranicznych Rosji Siergiej Ławrow przyleciał do Mińska .", "Rosji|placeName;Siergiej Ławrow|persName;Mińska|placeName")]
    public void Finds_names_in_a_Polish_sentence(string sentence, string expected)
    {
        var tagger = new NerTagger(_model.Value, new NerFeatures(PolishMorphology.Analyzer()));
        string[] tokens = sentence.Split(' ');

        string[] labels = tagger.Tag(tokens);

        var found = new List<string>();
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i].StartsWith("B-", StringComparison.Ordinal))
            {
                int end = i + 1;
                while (end < labels.Length && labels[end] == "I-" + labels[i][2..])
                {
                    end++;
                }

                found.Add(string.Join(' ', tokens[i..end]) + "|" + labels[i][2..]);
            }
        }

        Assert.Equal(expected, string.Join(';', found));
    }

    [Theory]
    [InlineData("O", "I-persName", false)]
    [InlineData("B-orgName", "I-persName", false)]
    [InlineData("B-persName", "I-persName", true)]
    [InlineData("I-persName", "I-persName", true)]
    [InlineData("O", "B-placeName", true)]
    public void Continues_a_mention_only_of_its_own_type(string previous, string label, bool allowed)
    {
        ImmutableArray<string> labels = ["O", "B-orgName", "B-persName", "B-placeName", "I-persName"];

        Assert.Equal(allowed, NerTagger.Allowed(labels, labels.IndexOf(previous), labels.IndexOf(label)));
    }

    [Theory]
    [InlineData(3)]
    public void Reads_back_the_model_it_saved(int probes)
    {
        NerModel model = _model.Value;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        NerModel copy = NerModel.Load(stream, "memory");

        Assert.Equal(model.Labels, copy.Labels);
        Assert.Equal(model.FeatureCount, copy.FeatureCount);
        var tokens = new[] { "Jan", "Kowalski", "mieszka", "w", "Krakowie", "." };
        var features = new NerFeatures(PolishMorphology.Analyzer());
        for (int i = 0; i < probes; i++)
        {
            Assert.Equal(new NerTagger(model, features).Tag(tokens), new NerTagger(copy, features).Tag(tokens));
        }
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3, 4 })]
    [InlineData(new byte[] { 0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0 })]
    public void Refuses_what_is_not_a_model(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);

        Assert.Throws<InvalidDataException>(() => NerModel.Load(stream, "broken.bin"));
    }
}
