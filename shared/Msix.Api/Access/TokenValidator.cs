using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Msix.Api.Access;

/// <summary>
/// Checks a bearer token (signature, issuer, audience, lifetime) and reads the caller from it. Keys and issuer
/// come from the OpenID Connect metadata of <see cref="AccessOptions.Authority"/> (cached and refreshed), and
/// on the local host from the development key.
/// </summary>
public sealed class TokenValidator
{
    private readonly AccessOptions _options;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _metadata;
    private readonly SymmetricSecurityKey? _developmentKey;

    public TokenValidator(IOptions<AccessOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        if (!string.IsNullOrEmpty(_options.Authority))
        {
            var authority = _options.Authority.TrimEnd('/');
            _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
                $"{authority}/.well-known/openid-configuration",
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever { RequireHttps = authority.StartsWith("https://", StringComparison.OrdinalIgnoreCase) });
        }

        if (!string.IsNullOrEmpty(_options.DevelopmentSigningKey))
        {
            _developmentKey = DevelopmentTokens.KeyOf(_options.DevelopmentSigningKey);
        }
    }

    /// <summary>The caller the token stands for; null with the reason when the token is not good.</summary>
    public async Task<(Caller? Caller, string? Failure)> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var parameters = new TokenValidationParameters
        {
            ValidAudience = _options.Audience,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromMinutes(2),
        };
        var issuers = new List<string>();
        var keys = new List<SecurityKey>();
        if (_metadata is not null)
        {
            var metadata = await _metadata.GetConfigurationAsync(cancellationToken);
            issuers.Add(metadata.Issuer);
            keys.AddRange(metadata.SigningKeys);
        }

        if (_developmentKey is not null)
        {
            issuers.Add(DevelopmentTokens.Issuer);
            keys.Add(_developmentKey);
        }

        if (keys.Count == 0)
        {
            return (null, "The API trusts no token issuer: set Msix:Access:Authority.");
        }

        parameters.ValidIssuers = issuers;
        parameters.IssuerSigningKeys = keys;
        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            return (null, result.Exception switch
            {
                SecurityTokenExpiredException => "The token has expired.",
                SecurityTokenInvalidAudienceException => "The token is not for this API (audience).",
                SecurityTokenInvalidIssuerException => "The token's issuer is not trusted.",
                SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The token's signature is not valid.",
                _ => "The token is not valid.",
            });
        }

        var identity = result.ClaimsIdentity;
        var userId = identity.FindFirst("oid")?.Value ?? identity.FindFirst("sub")?.Value;
        if (string.IsNullOrEmpty(userId))
        {
            return (null, "The token names no user (oid or sub).");
        }

        var roles = identity.FindAll("roles").Select(c => c.Value).Where(r => Roles.All.Contains(r)).ToHashSet(StringComparer.Ordinal);
        var state = identity.FindFirst(_options.StateClaim)?.Value?.ToUpperInvariant();
        return (new Caller(userId, roles, state), null);
    }
}
