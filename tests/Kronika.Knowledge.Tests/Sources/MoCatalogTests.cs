using System.Buffers.Binary;
using System.Text;
using Kronika.Knowledge.Sources;
using Kronika.Testing;

namespace Kronika.Knowledge.Tests.Sources;

public sealed class MoCatalogTests
{
    // Builds a catalogue the way msgfmt lays it out: header, original table, translation table, then the strings.
    private static byte[] Build(bool littleEndian, params (string Original, string Translation)[] messages)
    {
        var all = new List<(string, string)> { ("", "Content-Type: text/plain; charset=UTF-8\n") };
        all.AddRange(messages);
        int n = all.Count;
        int originals = 28, translations = originals + (8 * n), strings = translations + (8 * n);
        var data = new List<byte>();
        var table = new byte[strings];
        void Put(int at, int value)
        {
            if (littleEndian)
            {
                BinaryPrimitives.WriteInt32LittleEndian(table.AsSpan(at), value);
            }
            else
            {
                BinaryPrimitives.WriteInt32BigEndian(table.AsSpan(at), value);
            }
        }

        if (littleEndian)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(table, 0x950412de);
        }
        else
        {
            BinaryPrimitives.WriteUInt32BigEndian(table, 0x950412de);
        }

        Put(8, n);
        Put(12, originals);
        Put(16, translations);
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = 0; i < n; i++)
            {
                byte[] bytes = Encoding.UTF8.GetBytes(pass == 0 ? all[i].Item1 : all[i].Item2);
                Put((pass == 0 ? originals : translations) + (8 * i), bytes.Length);
                Put((pass == 0 ? originals : translations) + (8 * i) + 4, strings + data.Count);
                data.AddRange(bytes);
                data.Add(0);
            }
        }

        return [.. table, .. data];
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Reads_both_byte_orders(bool littleEndian)
    {
        byte[] bytes = Build(littleEndian, ("Belarus", "Białoruś"), ("Russian Federation", "Federacja Rosyjska"), ("524901", "Moskwa"));
        MoCatalog catalog = MoCatalog.Parse(bytes, "test.mo");
        Assert.Equal(3, catalog.Count);
        Assert.Equal("Białoruś", catalog.Translate("Belarus"));
        Assert.Equal("Moskwa", catalog.Translate("524901"));
        Assert.Null(catalog.Translate(""));
        Assert.Null(catalog.Translate("Atlantis"));
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 })]
    [InlineData(new byte[] { 0xde, 0x12, 0x04, 0x95, 0, 0, 0, 0, 9, 0, 0, 0, 200, 0, 0, 0, 0, 1, 0, 0 })]
    [InlineData(new byte[] { 0x11, 0x12, 0x04, 0x95, 0, 0, 0, 0, 1, 0, 0, 0, 20, 0, 0, 0, 28, 0, 0, 0 })]
    public void Rejects_what_is_not_a_catalogue(byte[] bytes) =>
        Assert.Throws<InvalidDataException>(() => MoCatalog.Parse(bytes, "bad.mo"));

    [Theory]
    [InlineData("Belarus", "Białoruś")]
    [InlineData("Germany", "Niemcy")]
    [InlineData("Russian Federation", "Federacja Rosyjska")]
    [InlineData("United States", "Stany Zjednoczone")]
    public void Reads_the_Polish_iso_codes_catalogue(string english, string polish)
    {
        Installed.Require(IsoCodes.PolishCatalogPath, "iso-codes");
        Assert.Equal(polish, MoCatalog.Read(IsoCodes.PolishCatalogPath).Translate(english));
    }
}
