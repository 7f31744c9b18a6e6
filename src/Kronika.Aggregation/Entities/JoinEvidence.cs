namespace Kronika.Aggregation.Entities;

/// <summary>Why two entity ids name one entity.</summary>
public enum JoinEvidence
{
    /// <summary>The same base form once case, spacing, dashes and apostrophes are ignored ("Partia Brexit", "Partia brexit").</summary>
    SameBaseForm,

    /// <summary>A discovered name that is a name of exactly one knowledge-base entity of a fitting kind: one seen in the
    /// store under the same base form, or the one record of its kind (person, organisation, place) the knowledge base
    /// itself gives that name, which the article's linking left out.</summary>
    KnowledgeBaseName,

    /// <summary>A discovered name that is the demonym of exactly one country in the knowledge base ("Brytyjczycy",
    /// "Polacy"): kronika/1 reads a demonym as a mention of its country (<c>via</c> demonym).</summary>
    Demonym,

    /// <summary>The same transliteration skeleton of a name of two words or more in the same type (Zełenski, Zelensky),
    /// with the same first letter of the last word and the same grammatical gender of the surname.</summary>
    Transliteration,

    /// <summary>A one-word person name equal to the surname of the only fuller person name with that surname in the store.</summary>
    Surname,

    /// <summary>A person's decision, kept with its audit entry.</summary>
    UserMerge,
}
