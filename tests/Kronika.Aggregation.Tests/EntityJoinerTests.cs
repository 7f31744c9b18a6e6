using Kronika.Aggregation.Entities;

namespace Kronika.Aggregation.Tests;

public sealed class EntityJoinerTests
{
    [Fact]
    public void Discovered_names_that_differ_only_in_case_join_under_the_smaller_id()
    {
        IReadOnlyList<EntityJoin> joins = EntityJoiner.Join(
        [
            new EntitySighting("new:org:Partia-brexit", "ORG", "Partia brexit", "pl"),
            new EntitySighting("new:org:Partia-Brexit", "ORG", "Partia Brexit", "pl"),
        ]);

        Assert.Equal([new EntityJoin("new:org:Partia-brexit", "new:org:Partia-Brexit", JoinEvidence.SameBaseForm, "Partia brexit = Partia Brexit")], joins);
    }

    [Fact]
    public void A_discovered_name_joins_the_one_knowledge_base_entity_of_its_kind_with_that_name()
    {
        IReadOnlyList<EntityJoin> joins = EntityJoiner.Join(
        [
            new EntitySighting("kb:person/may-theresa", "PER", "Theresa May", "pl"),
            new EntitySighting("new:per:Theresa-May", "PER", "Theresa May", "pl"),
            new EntitySighting("new:loc:Theresa-May", "LOC", "Theresa May", "pl"),
        ]);

        EntityJoin join = Assert.Single(joins);
        Assert.Equal(("new:per:Theresa-May", "kb:person/may-theresa", JoinEvidence.KnowledgeBaseName), (join.From, join.To, join.Evidence));
    }

    [Fact]
    public void A_name_two_knowledge_base_entities_share_joins_neither()
    {
        IReadOnlyList<EntityJoin> joins = EntityJoiner.Join(
        [
            new EntitySighting("kb:person/kowalski-jan-1", "PER", "Jan Kowalski", "pl"),
            new EntitySighting("kb:person/kowalski-jan-2", "PER", "Jan Kowalski", "pl"),
            new EntitySighting("new:per:Jan-Kowalski", "PER", "Jan Kowalski", "pl"),
        ]);

        Assert.Empty(joins);
    }

    [Theory]
    [InlineData("Wołodymyr Zełenski", "pl", "Volodymyr Zelensky", "en", true)]
    [InlineData("Dmitrij Pieskow", "pl", "Dmitry Peskov", "en", true)]
    [InlineData("Jan Kowalski", "pl", "Jana Kowalska", "pl", false)]
    [InlineData("Marek Nowak", "pl", "Marek Nowicki", "pl", false)]
    public void Persons_join_by_transliteration_only_with_the_same_skeleton_and_surname_gender(string left, string leftLanguage, string right, string rightLanguage, bool joined)
    {
        IReadOnlyList<EntityJoin> joins = EntityJoiner.Join(
        [
            new EntitySighting("new:per:" + left.Replace(' ', '-'), "PER", left, leftLanguage),
            new EntitySighting("new:per:" + right.Replace(' ', '-'), "PER", right, rightLanguage),
        ]);

        Assert.Equal(joined, joins.Count == 1 && joins[0].Evidence == JoinEvidence.Transliteration);
    }

    [Fact]
    public void A_surname_joins_the_only_fuller_name_with_it_and_no_other()
    {
        EntitySighting surname = new("new:per:Farage", "PER", "Farage", "pl");
        EntitySighting full = new("new:per:Nigel-Farage", "PER", "Nigel Farage", "pl");

        EntityJoin join = Assert.Single(EntityJoiner.Join([surname, full]));
        Assert.Equal(("new:per:Farage", "new:per:Nigel-Farage", JoinEvidence.Surname), (join.From, join.To, join.Evidence));

        Assert.Empty(EntityJoiner.Join([surname, full, new EntitySighting("new:per:Jane-Farage", "PER", "Jane Farage", "pl")]));
    }

    [Fact]
    public void The_joins_depend_on_the_sightings_not_on_their_order()
    {
        EntitySighting[] sightings =
        [
            new("new:per:Farage", "PER", "Farage", "pl"),
            new("new:per:Nigel-Farage", "PER", "Nigel Farage", "pl"),
            new("new:per:nigel-Farage", "PER", "nigel Farage", "pl"),
            new("new:org:Partia-brexit", "ORG", "Partia brexit", "pl"),
            new("new:org:Partia-Brexit", "ORG", "Partia Brexit", "pl"),
            new("kb:person/zelenskyy-volodymyr", "PER", "Wołodymyr Zełenski", "pl"),
            new("new:per:Volodymyr-Zelensky", "PER", "Volodymyr Zelensky", "en"),
        ];
        IReadOnlyList<EntityJoin> expected = EntityJoiner.Join(sightings);
        Assert.Equal(4, expected.Count);

        foreach (int seed in new[] { 1, 2, 3 })
        {
            var random = new Random(seed);
            Assert.Equal(expected, EntityJoiner.Join(sightings.OrderBy(_ => random.Next())));
        }
    }

    [Fact]
    public void With_the_knowledge_base_a_demonym_joins_its_country_and_a_name_joins_only_a_record_of_its_kind()
    {
        Knowledge.KnowledgeBase knowledge = Knowledge.KnowledgeBase.LoadDefault();
        IReadOnlyList<EntityJoin> joins = EntityJoiner.Join(
        [
            new EntitySighting("new:per:brytyjczycy", "PER", "Brytyjczycy", "pl"),
            new EntitySighting("new:org:oksford", "ORG", "Oksford", "pl"),
            new EntitySighting("new:loc:oksford", "LOC", "Oksford", "pl"),
        ], knowledge);

        Assert.Contains(joins, join => join is { From: "new:per:brytyjczycy", To: "kb:country/GBR", Evidence: JoinEvidence.Demonym });
        Assert.Contains(joins, join => join is { From: "new:loc:oksford", Evidence: JoinEvidence.KnowledgeBaseName } && join.To.StartsWith("kb:city/", StringComparison.Ordinal));
        Assert.DoesNotContain(joins, join => join.From == "new:org:oksford");
    }
}
