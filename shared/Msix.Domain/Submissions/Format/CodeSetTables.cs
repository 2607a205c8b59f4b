using System.Reflection;
using Msix.Domain.Mde;

namespace Msix.Domain.Submissions.Format;

/// <summary>The code sets the schema's fields use, read from their enums, for the data dictionary and the JSON Schema.</summary>
public static class CodeSetTables
{
    /// <summary>The code sets in the order their fields first appear in the schema.</summary>
    public static IReadOnlyList<Type> Used { get; } =
        [.. SubmissionSchema.Sections.SelectMany(s => s.Fields).Select(f => f.CodeSet).OfType<Type>().Distinct()];

    public static string NameOf(Type codeSet) => Invoke<string>(codeSet, "get_" + nameof(CodeSet<Sex>.Name));

    /// <summary>A code set's codes and their meanings.</summary>
    public static IReadOnlyList<(string Code, string Meaning)> EntriesOf(Type codeSet)
    {
        ArgumentNullException.ThrowIfNull(codeSet);
        var entries = Invoke<System.Collections.IEnumerable>(codeSet, "get_" + nameof(CodeSet<Sex>.Entries));
        var entryType = typeof(CodeSetEntry<>).MakeGenericType(codeSet);
        var code = entryType.GetProperty(nameof(CodeSetEntry<Sex>.Code))!;
        var meaning = entryType.GetProperty(nameof(CodeSetEntry<Sex>.Meaning))!;
        return [.. entries.Cast<object>().Select(e => ((string)code.GetValue(e)!, (string)meaning.GetValue(e)!))];
    }

    private static T Invoke<T>(Type codeSet, string method) =>
        (T)typeof(CodeSet<>).MakeGenericType(codeSet).GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
}
