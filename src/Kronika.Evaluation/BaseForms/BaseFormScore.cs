using System.Globalization;

namespace Kronika.Evaluation.BaseForms;

/// <summary>Base-form accuracy: exact (case-sensitive) and ignoring letter case, overall and per category.</summary>
/// <param name="Count">How many names were scored.</param>
/// <param name="Exact">How many base forms equal the gold exactly.</param>
/// <param name="IgnoringCase">How many equal it ignoring letter case.</param>
/// <param name="ByCategory">Per category: count, exact, ignoring case.</param>
public sealed record BaseFormScore(int Count, int Exact, int IgnoringCase, IReadOnlyDictionary<string, (int Count, int Exact, int IgnoringCase)> ByCategory)
{
    /// <summary>Exact accuracy, 0 to 1.</summary>
    public double Accuracy => Count == 0 ? 0 : (double)Exact / Count;

    /// <summary>Accuracy ignoring letter case, 0 to 1.</summary>
    public double AccuracyIgnoringCase => Count == 0 ? 0 : (double)IgnoringCase / Count;

    /// <summary>Scores <paramref name="items"/> with <paramref name="baseForm"/>.</summary>
    /// <param name="items">The gold names.</param>
    /// <param name="baseForm">The system under test.</param>
    /// <param name="errors">Receives (item, answer) for every exact mismatch, when not null.</param>
    public static BaseFormScore Measure(IEnumerable<BaseFormItem> items, Func<BaseFormItem, string> baseForm, List<(BaseFormItem Item, string Answer)>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(baseForm);
        int count = 0;
        int exact = 0;
        int ignoringCase = 0;
        var byCategory = new SortedDictionary<string, (int Count, int Exact, int IgnoringCase)>(StringComparer.Ordinal);
        foreach (BaseFormItem item in items)
        {
            string answer = baseForm(item);
            string gold = item.Gold.Trim();
            bool same = string.Equals(answer.Trim(), gold, StringComparison.Ordinal);
            bool sameIgnoringCase = string.Equals(answer.Trim(), gold, StringComparison.OrdinalIgnoreCase);
            count++;
            exact += same ? 1 : 0;
            ignoringCase += sameIgnoringCase ? 1 : 0;
            (int c, int e, int i) = byCategory.GetValueOrDefault(item.Category);
            byCategory[item.Category] = (c + 1, e + (same ? 1 : 0), i + (sameIgnoringCase ? 1 : 0));
            if (!same)
            {
                errors?.Add((item, answer));
            }
        }

        return new BaseFormScore(count, exact, ignoringCase, byCategory);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Count} names: exact {Accuracy:F4}, ignoring case {AccuracyIgnoringCase:F4}");
}
