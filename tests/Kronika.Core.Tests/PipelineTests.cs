using Kronika.Core.Annotations;

namespace Kronika.Core.Tests;

public sealed class PipelineTests
{
    private sealed class FakeStage(string name, Layers requires, Layers produces, Func<Document, Document> run) : IStage
    {
        public string Name { get; } = name;

        public Layers Requires { get; } = requires;

        public Layers Produces { get; } = produces;

        public Document Run(Document document, CancellationToken cancellationToken) => run(document);
    }

    private static Document Sample() => new() { Id = Document.IdOf("abc"), Input = "test", Text = "abc" };

    [Fact]
    public void Refuses_an_order_where_a_requirement_comes_later()
    {
        var tokens = new FakeStage("tokenize", Layers.Text, Layers.Tokens, d => d);
        var sentences = new FakeStage("sentences", Layers.Tokens, Layers.Sentences, d => d);
        var exception = Assert.Throws<ArgumentException>(() => new Pipeline([sentences, tokens]));
        Assert.Contains("sentences", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_two_stages_with_one_name()
    {
        var stage = new FakeStage("same", Layers.Text, Layers.Tokens, d => d);
        Assert.Throws<ArgumentException>(() => new Pipeline([stage, stage]));
    }

    [Fact]
    public void Stops_at_the_first_rejection()
    {
        int laterRuns = 0;
        var refuse = new FakeStage("refuse", Layers.Text, Layers.Language,
            d => d with { Rejection = new Rejection("refuse", RejectionReason.UnsupportedLanguage, "xx") });
        var later = new FakeStage("later", Layers.Language, Layers.Tokens, d => { laterRuns++; return d; });
        Document result = new Pipeline([refuse, later]).Run(Sample(), TestContext.Current.CancellationToken);
        Assert.Equal(RejectionReason.UnsupportedLanguage, result.Rejection?.Reason);
        Assert.Equal(0, laterRuns);
    }

    [Fact]
    public void Wraps_a_stage_exception_with_the_stage_and_the_input()
    {
        var broken = new FakeStage("broken", Layers.Text, Layers.Tokens, _ => throw new InvalidOperationException("boom"));
        var exception = Assert.Throws<StageFailedException>(() => new Pipeline([broken]).Run(Sample(), TestContext.Current.CancellationToken));
        Assert.Equal("broken", exception.Stage);
        Assert.Equal("test", exception.Input);
        Assert.IsType<InvalidOperationException>(exception.InnerException);
    }

    [Fact]
    public void Lets_cancellation_through_unwrapped()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var stage = new FakeStage("any", Layers.Text, Layers.Tokens, d => d);
        Assert.Throws<OperationCanceledException>(() => new Pipeline([stage]).Run(Sample(), cancellation.Token));
    }
}
