using System.Text.Json;

namespace Msix.Domain.Submissions.Reading;

/// <summary>Names of JSON token types for error messages.</summary>
internal static class JsonTypes
{
    public static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "a JSON value",
    };
}
