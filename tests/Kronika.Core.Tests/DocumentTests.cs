
namespace Kronika.Core.Tests;

public sealed class DocumentTests
{
    [Theory]
    [InlineData("", "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void Id_is_the_sha256_of_the_utf8_text(string text, string id)
    {
        Assert.Equal(id, Document.IdOf(text));
    }
}
