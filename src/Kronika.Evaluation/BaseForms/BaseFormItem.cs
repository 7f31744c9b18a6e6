namespace Kronika.Evaluation.BaseForms;

/// <summary>One name to put into its base form, with the gold answer.</summary>
/// <param name="Surface">The name as the text writes it.</param>
/// <param name="Gold">The gold base form.</param>
/// <param name="Category">The corpus's own category of the name (KPWr's <c>nam_liv_person</c>, SlavicNER's <c>PER</c>).</param>
/// <param name="Document">The document the name comes from (a SlavicNER raw file), or null.</param>
/// <param name="Start">Offset of the name in the document's text, or -1.</param>
public sealed record BaseFormItem(string Surface, string Gold, string Category, string? Document = null, int Start = -1);
