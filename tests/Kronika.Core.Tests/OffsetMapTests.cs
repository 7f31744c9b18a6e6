
namespace Kronika.Core.Tests;

public sealed class OffsetMapTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 5)]
    public void Identity_maps_every_offset_to_itself(int clean, int raw)
    {
        Assert.Equal(raw, OffsetMap.Identity.ToSource(clean));
    }

    [Theory]
    [InlineData(0, 3)]   // clean text starts after three removed characters
    [InlineData(4, 7)]
    [InlineData(5, 12)]  // five raw characters were dropped before clean offset 5
    [InlineData(9, 16)]
    public void Maps_clean_offsets_past_removed_text(int clean, int raw)
    {
        var builder = new OffsetMap.Builder();
        builder.Anchor(0, 3);
        builder.Anchor(5, 12);
        Assert.Equal(raw, builder.Build().ToSource(clean));
    }

    [Fact]
    public void Inserted_separators_map_to_where_the_text_resumes()
    {
        var builder = new OffsetMap.Builder();
        builder.Anchor(0, 0);
        builder.Anchor(5, 8);   // "\n\n" inserted at clean 5..7, raw resumes at 8 ...
        builder.Anchor(7, 8);   // ... and the next paragraph starts there
        OffsetMap map = builder.Build();
        Assert.Equal(8, map.ToSource(7));
        Assert.Equal(10, map.ToSource(9));
    }

    [Theory]
    [InlineData(5, 2)]
    [InlineData(2, 5)]
    public void Refuses_anchors_that_go_backwards(int clean, int raw)
    {
        var builder = new OffsetMap.Builder();
        builder.Anchor(4, 4);
        Assert.Throws<ArgumentException>(() => builder.Anchor(clean, raw));
    }

    [Fact]
    public void Drops_anchors_implied_by_the_previous_one()
    {
        var builder = new OffsetMap.Builder();
        builder.Anchor(0, 0);
        builder.Anchor(10, 10);
        builder.Anchor(20, 20);
        Assert.Equal(1, builder.Build().AnchorCount);
    }
}
