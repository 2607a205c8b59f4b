using System.Text.Json;
using System.Text.Json.Serialization;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// Writes a blocking-key member's fields as <see cref="PackedMatchFields"/>' one line; reads that line, or the
/// object with one property per field that members were written with before.
/// </summary>
public sealed class PackedMatchFieldsJsonConverter : JsonConverter<MatchFields>
{
    /// <inheritdoc />
    public override MatchFields? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                try
                {
                    return PackedMatchFields.Unpack(reader.GetString()!);
                }
                catch (FormatException e)
                {
                    throw new JsonException(e.Message, e);
                }

            case JsonTokenType.StartObject:
                return JsonSerializer.Deserialize<MatchFields>(ref reader, options);
            default:
                throw new JsonException($"A blocking-key member's fields are a packed line or an object, not a {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, MatchFields value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(PackedMatchFields.Pack(value));
    }
}
