using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Tests.Events.English;

/// <summary>The clause logic of the English finder: who is the subject and object, and how sure the sentence is.</summary>
public sealed class EnglishClauseTests
{
    [Theory]
    [InlineData("Bolivian soldiers were attacked by Peruvian rebels near the border.", "FIGHT", "Peru", "Bolivia")]
    [InlineData("Estonia, the smallest of the Baltic states, criticized Russia on Monday.", "DISAPPROVE", "Estonia", "Russia")]
    [InlineData("Finland, which joined the alliance last year, condemned Belarus for the incident.", "DISAPPROVE", "Finland", "Belarus")]
    [InlineData("The United States and Jordan agreed to hold talks with Syria.", "AGREE", "United States", "Syria")]
    [InlineData("The United States and Jordan agreed to hold talks with Syria.", "AGREE", "Jordan", "Syria")]
    [InlineData("Kenya urged Uganda to withdraw from Sudan.", "RETREAT", "Uganda", "Sudan")]
    [InlineData("The Kremlin accused Washington of meddling.", "DISAPPROVE", "Russia", "United States")]
    [InlineData("Officials said that Chad had attacked Libya.", "FIGHT", "Chad", "Libya")]
    [InlineData("Greece and Turkey held talks in Athens.", "CONSULT", "Greece", "Turkey")]
    public void Roles_come_from_the_clause(string text, string type, string source, string target)
    {
        Document document = EnglishEvents.Run(text);
        Assert.Contains(document.Events, @event => @event.Type == type
            && EnglishEvents.Names(document, @event.Source).Contains(source) && EnglishEvents.Names(document, @event.Target).Contains(target));
    }

    [Theory]
    [InlineData("Egypt met with Sudan in Cairo.", "CONSULT", Modality.Asserted)]
    [InlineData("Egypt did not meet with Sudan.", "CONSULT", Modality.Negated)]
    [InlineData("Egypt never attacked Sudan.", "FIGHT", Modality.Negated)]
    [InlineData("Egypt will meet with Sudan next week.", "CONSULT", Modality.Hypothetical)]
    [InlineData("Egypt plans to meet with Sudan next week.", "CONSULT", Modality.Hypothetical)]
    [InlineData("If Egypt attacks Sudan, the region will suffer.", "FIGHT", Modality.Hypothetical)]
    [InlineData("Will Egypt attack Sudan?", "FIGHT", Modality.Hypothetical)]
    [InlineData("Egypt denied that it attacked Sudan.", "FIGHT", Modality.Denied)]
    [InlineData("Egypt denied reports that it had attacked Sudan.", "FIGHT", Modality.Denied)]
    [InlineData("Ethiopia said that Egypt attacked Sudan.", "FIGHT", Modality.Reported)]
    [InlineData("Egypt attacked Sudan, officials said.", "FIGHT", Modality.Reported)]
    [InlineData("Egypt threatened to attack Sudan.", "THREATEN", Modality.Asserted)]
    [InlineData("Egypt refused to meet Sudan.", "REJECT", Modality.Asserted)]
    public void Modality_follows_the_verb_group_and_the_sentence(string text, string type, Modality modality)
    {
        Document document = EnglishEvents.Run(text);
        Assert.Contains(document.Events, @event => @event.Type == type && @event.Modality == modality
            && EnglishEvents.Names(document, @event.Source).Contains("Egypt"));
    }

    [Fact]
    public void A_threat_is_asserted_while_the_attack_it_threatens_is_not()
    {
        Document document = EnglishEvents.Run("Egypt threatened to attack Sudan.");
        Assert.DoesNotContain(document.Events, @event => @event.Type == "FIGHT" && @event.Modality == Modality.Asserted);
    }

    [Fact]
    public void A_sentence_without_a_pattern_states_no_event()
    {
        Document document = EnglishEvents.Run("Egypt and Sudan share a long history along the Nile.");
        Assert.Empty(document.Events);
    }
}
