using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Msix.Api.Access;

/// <summary>
/// Tokens for the local stack: signed with a development key that only the local host trusts
/// (<see cref="AccessOptions.DevelopmentSigningKey"/>), shaped like Entra ID's (roles in <c>roles</c>).
/// </summary>
public static class DevelopmentTokens
{
    /// <summary>The issuer of development tokens.</summary>
    public const string Issuer = "msix-local-development";

    /// <summary>The audience of development tokens, and the default audience.</summary>
    public const string Audience = "api://msix";

    /// <summary>A new random signing key, base64.</summary>
    public static string NewSigningKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The security key of a base64 signing key.</summary>
    public static SymmetricSecurityKey KeyOf(string signingKey)
    {
        ArgumentNullException.ThrowIfNull(signingKey);
        var bytes = Convert.FromBase64String(signingKey);
        return bytes.Length >= 32
            ? new SymmetricSecurityKey(bytes)
            : throw new ArgumentException("A development signing key is at least 32 bytes.", nameof(signingKey));
    }

    /// <summary>A token for <paramref name="userId"/> holding <paramref name="roles"/>, acting for <paramref name="state"/>.</summary>
    public static string Mint(string signingKey, string userId, IEnumerable<string> roles, string? state, TimeProvider time, TimeSpan? lifetime = null, string stateClaim = "msix_state")
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow().UtcDateTime;
        var claims = new List<Claim> { new("sub", userId), new("name", userId) };
        claims.AddRange(roles.Select(r => new Claim("roles", r)));
        if (state is not null)
        {
            claims.Add(new Claim(stateClaim, state));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromHours(8)),
            SigningCredentials = new SigningCredentials(KeyOf(signingKey), SecurityAlgorithms.HmacSha256),
        });
    }
}
