using System.Security.Cryptography;
using System.Text.Json;
using Msix.Domain.Mde;

namespace Msix.Domain.Consolidation;

/// <summary>A fingerprint of a child record's content, to tell an identical resend from a change.</summary>
public static class ChildRecordHash
{
    /// <summary>SHA-256 of the record's JSON, without its AsOf: the same data sent again later is still the same data.</summary>
    public static string Of(ChildRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(record with { AsOf = default }, MsixJson.Options);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
