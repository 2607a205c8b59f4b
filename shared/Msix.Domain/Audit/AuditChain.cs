using System.Security.Cryptography;
using System.Text;
using Msix.Domain.Identity;

namespace Msix.Domain.Audit;

/// <summary>
/// One hash-linked sequence of audit entries: a user's ("user:" and the user id) or a child's ("student:" and
/// the MSIX ID). A user id keeps its ASCII letters, digits and "-._@"; every other character is written
/// "~" and the hex digits of its UTF-8 bytes ("~" itself too, so escaping is one to one). Entra object ids and
/// subjects need no escaping; anything else still makes an id Cosmos DB can address by URL (no '/', '?', '#',
/// and no '%' that a gateway would decode).
/// </summary>
public sealed record AuditChain
{
    /// <summary>The prefix of a user's chain.</summary>
    public const string UserPrefix = "user:";

    /// <summary>The prefix of a child's chain.</summary>
    public const string StudentPrefix = "student:";

    /// <summary>The longest user id (once escaped) a chain is made for; entry ids stay well under Cosmos DB's 255 characters.</summary>
    public const int MaxKeyLength = 200;

    private const char EscapeMark = '~';

    private AuditChain(string name) => Name = name;

    /// <summary>The chain's name, e.g. "user:4f1c…" or "student:123456789012"; its documents' ids start with it.</summary>
    public string Name { get; }

    /// <summary>Whether this is a child's chain.</summary>
    public bool IsStudent => Name.StartsWith(StudentPrefix, StringComparison.Ordinal);

    /// <summary>
    /// The name to put in logs: a child's chain as it is (an MSIX ID), a user's chain as "user:#" and the first
    /// eight hex digits of the SHA-256 of its name, so logs can be correlated without holding user ids.
    /// </summary>
    public string ForLog => IsStudent
        ? Name
        : UserPrefix + "#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Name)))[..8];

    /// <summary>The chain of everything user <paramref name="userId"/> did.</summary>
    public static AuditChain ForUser(string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var key = Escape(userId);
        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"A user id for the audit trail may have at most {MaxKeyLength} characters once escaped.", nameof(userId));
        }

        return new AuditChain(UserPrefix + key);
    }

    /// <summary>The chain of everything done with the child of MSIX ID <paramref name="msixId"/>.</summary>
    public static AuditChain ForStudent(string msixId)
    {
        if (!MsixId.IsValid(msixId))
        {
            throw new ArgumentException("The audit trail keeps chains of valid MSIX IDs only (12 digits with their check digit).", nameof(msixId));
        }

        return new AuditChain(StudentPrefix + msixId);
    }

    /// <summary>Reads a chain's name ("user:…" as stored, i.e. already escaped, or "student:MSIXID").</summary>
    public static bool TryParse(string? name, out AuditChain? chain)
    {
        chain = null;
        if (name is null)
        {
            return false;
        }

        if (name.StartsWith(StudentPrefix, StringComparison.Ordinal))
        {
            var msixId = name[StudentPrefix.Length..];
            chain = MsixId.IsValid(msixId) ? new AuditChain(name) : null;
        }
        else if (name.StartsWith(UserPrefix, StringComparison.Ordinal))
        {
            var key = name[UserPrefix.Length..];
            chain = key.Length is > 0 and <= MaxKeyLength && IsEscaped(key) ? new AuditChain(name) : null;
        }

        return chain is not null;
    }

    /// <summary>Reads a chain's name; throws <see cref="FormatException"/> when it names no chain.</summary>
    public static AuditChain Parse(string name) =>
        TryParse(name, out var chain)
            ? chain!
            : throw new FormatException("An audit chain is named \"user:\" and a user id, or \"student:\" and a valid MSIX ID.");

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>A user id with every character but ASCII letters, digits and "-._@" written ~XX (UTF-8).</summary>
    private static string Escape(string key)
    {
        if (!key.Any(NeedsEscape))
        {
            return key;
        }

        var escaped = new StringBuilder(key.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in key.EnumerateRunes())
        {
            if (rune.IsBmp && !NeedsEscape((char)rune.Value))
            {
                escaped.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
            {
                escaped.Append(EscapeMark).Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }

    /// <summary>Whether <paramref name="key"/> is a user id as <see cref="Escape"/> writes it.</summary>
    private static bool IsEscaped(string key)
    {
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == EscapeMark)
            {
                if (i + 2 >= key.Length || !char.IsAsciiHexDigitUpper(key[i + 1]) || !char.IsAsciiHexDigitUpper(key[i + 2]))
                {
                    return false;
                }

                i += 2;
            }
            else if (NeedsEscape(key[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NeedsEscape(char c) => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '@');
}
