namespace Kronika.Evaluation.Mentions;

/// <summary>A gold entity mention of SlavicNER.</summary>
/// <param name="Start">Offset of its first character in the raw text.</param>
/// <param name="End">Offset one past its last character.</param>
/// <param name="Surface">The text as written.</param>
/// <param name="Lemma">Its base form.</param>
/// <param name="Type">PER, ORG, LOC, EVT or PRO.</param>
/// <param name="Id">The cross-document entity id ("PER-Nigel-Farage"), the same for every mention of one entity.</param>
public sealed record GoldMention(int Start, int End, string Surface, string Lemma, string Type, string Id);
