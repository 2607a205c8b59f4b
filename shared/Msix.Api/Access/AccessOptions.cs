using System.ComponentModel.DataAnnotations;

namespace Msix.Api.Access;

/// <summary>
/// How the API checks bearer tokens and limits callers. Bound from <c>Msix:Access</c>. In Azure the issuer is
/// Entra ID: <see cref="Authority"/> and <see cref="Audience"/>, app roles in the <c>roles</c> claim. The local
/// host trusts instead tokens signed by <see cref="DevelopmentSigningKey"/> (minted by <c>./msix token</c>);
/// the Functions app never reads that setting.
/// </summary>
public sealed class AccessOptions
{
    public const string Section = "Msix:Access";

    /// <summary>The OpenID Connect authority ("https://login.microsoftonline.com/{tenant}/v2.0").</summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must be issued for (the API's application ID URI or client ID).</summary>
    [Required]
    public string Audience { get; set; } = DevelopmentTokens.Audience;

    /// <summary>The claim that names the State a State-scoped role acts for.</summary>
    [Required]
    public string StateClaim { get; set; } = "msix_state";

    /// <summary>Base64 of the symmetric key (at least 32 bytes) of development tokens; only the local host sets it.</summary>
    public string? DevelopmentSigningKey { get; set; }

    /// <summary>Requests one user may make per minute, sustained.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerMinute { get; set; } = 120;

    /// <summary>Requests one user may make at once before the per-minute rate applies.</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 60;
}
