using System.Text;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Ingest.Tests;

public sealed class InputReaderTests
{
    [Theory]
    [InlineData(new byte[0], RejectionReason.Empty, "the input is empty (0 bytes)")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0D, 0x0A }, RejectionReason.Empty, "the input holds only white space (5 bytes)")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xC2, 0xA0, 0x0A }, RejectionReason.Empty, "the input holds only white space (6 bytes)")]
    public void Empty_input_is_refused_with_a_clear_detail(byte[] bytes, RejectionReason reason, string detail)
    {
        Document document = ReadHelper.Read(bytes);
        Assert.Equal(new Rejection("read", reason, detail), document.Rejection);
        Assert.Equal(string.Empty, document.Text);
        Assert.Equal(Document.IdOf(bytes), document.Id);
    }

    [Theory]
    [InlineData(100, 99, "the input is 100 bytes, over the limit of 99 bytes (ReaderOptions.MaxBytes)")]
    [InlineData(3 * 1024 * 1024, 2 * 1024 * 1024, "the input is 3 MiB, over the limit of 2 MiB (ReaderOptions.MaxBytes)")]
    public void Input_over_the_size_limit_is_refused(int size, long limit, string detail)
    {
        var reader = new InputReader(new ReaderOptions { MaxBytes = limit });
        Document document = reader.Read(Enumerable.Repeat((byte)'a', size).ToArray(), "big.txt");
        Assert.Equal(new Rejection("read", RejectionReason.TooLarge, detail), document.Rejection);
        Assert.Empty(DocumentInvariants.Check(document));
    }

    [Theory]
    [InlineData("Polecamy\n\nProszę czekać ...\n\nReklama\n\nUdostępnij\n")]
    [InlineData("Share on Facebook\nTweet\n\nAdvertisement\n***\nhttps://example.com/a/b\n")]
    public void Input_of_only_debris_is_refused_at_clean(string text)
    {
        Document document = ReadHelper.ReadText(text);
        Assert.Equal("clean", document.Rejection?.Stage);
        Assert.Equal(RejectionReason.NoArticleText, document.Rejection?.Reason);
        Assert.NotEmpty(document.Removed);
        Assert.Equal(string.Empty, document.Text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Random_bytes_never_throw_and_keep_the_invariants(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 200; round++)
        {
            byte[] bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);
            if (round % 3 == 0)
            {
                // Mostly text with a sprinkle of everything else: reaches the cleaner, not only the detector.
                for (int index = 0; index < bytes.Length; index++)
                {
                    bytes[index] = random.Next(10) switch
                    {
                        0 => (byte)'\n',
                        1 => (byte)' ',
                        < 8 => (byte)random.Next('a', 'z' + 1),
                        _ => bytes[index],
                    };
                }
            }

            ReadHelper.Read(bytes);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Random_text_of_hostile_characters_never_throws_and_maps_back(int seed)
    {
        var random = new Random(seed);
        string alphabet = "aąZż .,:;!?\"„”()–-—\n\n\r\t\u00A0\u2009\u200B\u00AD\u0001\u001B\u0085\u2028\uFEFFŹródło: Fot. PAP Dodano: Polecamy 12#*/";
        for (int round = 0; round < 200; round++)
        {
            var text = new StringBuilder();
            int length = random.Next(0, 600);
            for (int index = 0; index < length; index++)
            {
                text.Append(random.Next(20) == 0 ? (char)random.Next(0xD800, 0xE000) : alphabet[random.Next(alphabet.Length)]);
            }

            string raw = text.ToString();
            byte[] bytes = Encoding.Unicode.GetBytes(raw);
            Document document = ReadHelper.Read([0xFF, 0xFE, .. bytes], Encoding.Unicode.GetString(bytes));
            Assert.NotNull(document);
        }
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00, 0x0A, 0x00, 0x00, 0xDC, 0x42, 0x00 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0xDC, 0x00, 0x00, 0x41, 0xD8, 0x00 })]
    public void Lone_surrogates_in_UTF16_never_throw(byte[] bytes)
    {
        Document document = ReadHelper.Read(bytes);
        Assert.NotNull(document);
    }

    [Theory]
    [InlineData('a')]
    [InlineData('\n')]
    [InlineData('.')]
    [InlineData('ż')]
    public void A_megabyte_of_one_character_never_throws(char c)
    {
        string raw = new(c, 1024 * 1024);
        Document document = ReadHelper.Read(Encoding.UTF8.GetBytes(raw), raw);
        Assert.True(document.Rejection is not null || document.Text.Length > 0);
    }

    [Theory]
    [InlineData("Tytuł\r\n\r\nPierwszy akapit tekstu.\r\n\r\nDrugi akapit tekstu.\r\n", "Tytuł\n\nPierwszy akapit tekstu.\n\nDrugi akapit tekstu.")]
    [InlineData("Tytuł\rPierwszy akapit.\r\rDrugi akapit.", "Tytuł\n\nPierwszy akapit.\n\nDrugi akapit.")]
    [InlineData("  Tytuł \u00A0 z\u2009spacjami\t\n\nW\u00A0Soczi  odbyło\u0001 się\u200B spotkanie.", "Tytuł z spacjami\n\nW Soczi odbyło się spotkanie.")]
    public void Line_breaks_and_Unicode_spaces_are_normalised_and_map_back(string raw, string text)
    {
        Document document = ReadHelper.Read(Encoding.UTF8.GetBytes(raw), raw);
        Assert.Equal(text, document.Text);
    }

    [Theory]
    [InlineData("Tytuł\n\nW\u00A0Soczi odbyło się spotkanie.\n\nKim Dzong Un w Rosji\n\nRozmowy trwały długo.")]
    public void Every_clean_offset_maps_into_the_raw_text_in_order(string raw)
    {
        Document document = ReadHelper.Read(Encoding.UTF8.GetBytes(raw), raw);
        int previous = 0;
        for (int offset = 0; offset <= document.Text.Length; offset++)
        {
            int source = document.ToSource.ToSource(offset);
            Assert.InRange(source, previous, raw.Length);
            if (offset < document.Text.Length && !char.IsWhiteSpace(document.Text[offset]))
            {
                Assert.Equal(document.Text[offset], raw[source]);
            }

            previous = source;
        }
    }
}
