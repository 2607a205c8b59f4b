using System.Collections.Frozen;
using System.ComponentModel;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Msix.Domain.Mde;

/// <summary>One code of a code set: what a State sends, and what it means.</summary>
public sealed record CodeSetEntry<T>(string Code, T Value, string Meaning)
    where T : struct, Enum;

/// <summary>
/// A code set of the Minimum Data Elements. The enum declaration is the single source: each member
/// carries its MDE code (<see cref="JsonStringEnumMemberNameAttribute"/>, so stored documents and the
/// API use the same code) and its meaning (<see cref="DescriptionAttribute"/>, for the data dictionary).
/// </summary>
public static class CodeSet<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<string, T> ByCode;
    private static readonly FrozenDictionary<T, string> CodeByValue;

    static CodeSet()
    {
        var entries = new List<CodeSetEntry<T>>();
        foreach (var field in typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = (T)field.GetValue(null)!;
            var code = field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name;
            var meaning = field.GetCustomAttribute<DescriptionAttribute>()?.Description ?? field.Name;
            entries.Add(new CodeSetEntry<T>(code, value, meaning));
        }

        Entries = entries;
        ByCode = entries.ToFrozenDictionary(e => e.Code, e => e.Value, StringComparer.OrdinalIgnoreCase);
        CodeByValue = entries.ToFrozenDictionary(e => e.Value, e => e.Code);
    }

    /// <summary>The code set's name, as the data dictionary shows it.</summary>
    public static string Name => typeof(T).Name;

    public static IReadOnlyList<CodeSetEntry<T>> Entries { get; }

    /// <summary>Reads a code, ignoring case and surrounding spaces.</summary>
    public static bool TryParse(string? code, out T value)
    {
        if (code is not null && ByCode.TryGetValue(code.Trim(), out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    public static string CodeOf(T value) => CodeByValue[value];
}
