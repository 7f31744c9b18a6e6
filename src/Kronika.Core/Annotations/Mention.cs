namespace Kronika.Core.Annotations;

/// <summary>One place in the text that names an entity.</summary>
/// <param name="Span">Where it is in <see cref="Document.Text"/>.</param>
/// <param name="Type">The kind of entity it names.</param>
/// <param name="Base">Its base form ("Łukaszence" → "Łukaszenka"; "Korei Północnej" → "Korea Północna").</param>
/// <param name="Entity">Index into <see cref="Document.Entities"/> of the entity it names.</param>
/// <param name="Via">How it refers to the entity.</param>
/// <param name="ActsFor">Index into <see cref="Document.Entities"/> of the actor it stands for ("Mińska" names Minsk and
/// acts for Belarus), or null when it stands for what it names.</param>
public readonly record struct Mention(TextSpan Span, EntityType Type, string Base, int Entity, MentionVia Via = MentionVia.Name, int? ActsFor = null);
