using System.Reflection;
using Kronika.Core;

namespace Kronika.Nlp.Tests;

/// <summary>The stage contract that the compiler cannot check: sealed, immutable, one short lowercase name each.</summary>
public sealed class StageRulesTests
{
    private static readonly Type[] _stages = [.. typeof(PipelineFactory).Assembly.GetTypes()
        .Where(type => typeof(IStage).IsAssignableFrom(type) && !type.IsInterface && !type.IsAbstract)];

    [Fact]
    public void Every_stage_is_sealed_with_only_readonly_fields()
    {
        Assert.NotEmpty(_stages);
        foreach (Type stage in _stages)
        {
            Assert.True(stage.IsSealed, $"{stage.Name} is not sealed");
            FieldInfo[] writable = [.. stage.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Where(field => !field.IsInitOnly)];
            Assert.True(writable.Length == 0, $"{stage.Name} has writable fields: {string.Join(", ", writable.Select(field => field.Name))}");
        }
    }

    [Fact]
    public void The_default_pipeline_names_its_stages_uniquely_in_lowercase()
    {
        Pipeline pipeline = PipelineFactory.Create();
        Assert.Equal(_stages.Length, pipeline.Stages.Length);
        foreach (IStage stage in pipeline.Stages)
        {
            Assert.Matches("^[a-z]+$", stage.Name);
        }

        Assert.Equal(pipeline.Stages.Length, pipeline.Stages.Select(stage => stage.Name).Distinct(StringComparer.Ordinal).Count());
    }
}
