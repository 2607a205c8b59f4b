using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Msix.Api;
using Msix.Api.Access;
using Msix.Domain.Identity;
using Msix.Integration.Tests.Hosts;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Access;

/// <summary>Bearer tokens: what the access point refuses (401), what it admits, the Entra ID path, and the rate limit (429).</summary>
public sealed class TokenTests(EmulatorsFixture emulators)
{
    private static readonly string StudentPath = "/api/students/12345678901" + MsixId.CheckDigit("12345678901");

    [Fact]
    public async Task Tokens_that_are_not_good_are_refused_with_401_and_the_reason()
    {
        await using var host = new LocalHostFactory(emulators.CreateEnvironment());
        using var client = host.CreateClient();
        var now = TimeProvider.System;
        var otherKey = DevelopmentTokens.NewSigningKey();
        var cases = new (string? Token, string Reason)[]
        {
            (null, "bearer token"),
            ("not-a-token", "not valid"),
            (DevelopmentTokens.Mint(LocalHostFactory.SigningKey, "u", [Roles.SchoolStaff], "TX", new ShiftedTime(now, TimeSpan.FromHours(-10)), TimeSpan.FromHours(1)), "expired"),
            (DevelopmentTokens.Mint(otherKey, "u", [Roles.SchoolStaff], "TX", now), "signature"),
            (new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = DevelopmentTokens.Issuer,
                Audience = "api://someone-else",
                Subject = new ClaimsIdentity([new Claim("sub", "u"), new Claim("roles", Roles.SchoolStaff), new Claim("msix_state", "TX")]),
                Expires = DateTime.UtcNow.AddHours(1),
                SigningCredentials = new SigningCredentials(DevelopmentTokens.KeyOf(LocalHostFactory.SigningKey), SecurityAlgorithms.HmacSha256),
            }), "audience"),
        };

        foreach (var (token, reason) in cases)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(StudentPath, UriKind.Relative));
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{reason}: {(int)response.StatusCode} {body}");
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
            Assert.Contains(reason, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_State_scoped_role_without_its_State_is_refused_and_the_health_check_needs_no_token()
    {
        await using var host = new LocalHostFactory(emulators.CreateEnvironment());
        using var stateless = host.ClientAs("nobody", null, Roles.SchoolStaff);
        using var anonymous = host.CreateClient();

        using var refused = await stateless.GetAsync(new Uri(StudentPath, UriKind.Relative), TestContext.Current.CancellationToken);
        using var health = await anonymous.GetAsync(new Uri("/api/health", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("State it acts for", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task One_user_over_the_limit_gets_429_with_Retry_After_and_another_user_does_not()
    {
        await using var host = new LocalHostFactory(
            emulators.CreateEnvironment(),
            [new("Msix:Access:PermitsPerMinute", "1"), new("Msix:Access:Burst", "3")]);
        using var scraper = host.ClientAs("scraper", "TX", Roles.SchoolStaff);
        using var colleague = host.ClientAs("colleague", "TX", Roles.SchoolStaff);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await scraper.GetAsync(new Uri(StudentPath, UriKind.Relative), TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
            }
        }

        using var other = await colleague.GetAsync(new Uri(StudentPath, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task With_an_authority_tokens_are_checked_against_its_published_keys_and_the_development_key_is_not_trusted()
    {
        using var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = "test-key" };
        await using var authority = await OpenIdAuthority.StartAsync(key, TestContext.Current.CancellationToken);
        await using var host = new LocalHostFactory(
            emulators.CreateEnvironment(),
            [new("Msix:Access:Authority", authority.Address), new("Msix:Access:Audience", "api://msix-test"), new("Msix:Access:DevelopmentSigningKey", "")]);
        using var client = host.CreateClient();

        var issued = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = authority.Address,
            Audience = "api://msix-test",
            Subject = new ClaimsIdentity([new Claim("oid", "entra-user-1"), new Claim("roles", Roles.SchoolStaff), new Claim("msix_state", "tx")]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
        using var admitted = new HttpRequestMessage(HttpMethod.Get, new Uri(StudentPath, UriKind.Relative));
        admitted.Headers.Authorization = new AuthenticationHeaderValue("Bearer", issued);
        using var admittedResponse = await client.SendAsync(admitted, TestContext.Current.CancellationToken);

        using var development = new HttpRequestMessage(HttpMethod.Get, new Uri(StudentPath, UriKind.Relative));
        development.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LocalHostFactory.Token("dev", "TX", Roles.SchoolStaff));
        using var developmentResponse = await client.SendAsync(development, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, admittedResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, developmentResponse.StatusCode);
    }

    [Fact]
    public async Task A_host_that_does_not_trust_the_development_key_ignores_it_in_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Msix:Access:DevelopmentSigningKey"] = LocalHostFactory.SigningKey,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddMsixApi(configuration, trustDevelopmentKey: false).BuildServiceProvider();

        var (caller, failure) = await services.GetRequiredService<TokenValidator>()
            .ValidateAsync(LocalHostFactory.Token("dev", "TX", Roles.SchoolStaff), TestContext.Current.CancellationToken);

        Assert.Null(caller);
        Assert.Contains("trusts no token issuer", failure, StringComparison.Ordinal);
    }

    /// <summary>A clock some hours away, to mint a token that has already expired.</summary>
    private sealed class ShiftedTime(TimeProvider inner, TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + shift;
    }

    /// <summary>An OpenID Connect authority on a free loopback port: its metadata document and its signing keys.</summary>
    private sealed class OpenIdAuthority(WebApplication app, string address) : IAsyncDisposable
    {
        public string Address { get; } = address;

        public static async Task<OpenIdAuthority> StartAsync(RsaSecurityKey key, CancellationToken cancellationToken)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(key);
            app.MapGet("/.well-known/openid-configuration", (HttpContext context) =>
            {
                var issuer = $"http://{context.Request.Host}";
                return Results.Json(new Dictionary<string, object>
                {
                    ["issuer"] = issuer,
                    ["jwks_uri"] = issuer + "/keys",
                });
            });
            app.MapGet("/keys", () => Results.Json(new Dictionary<string, object>
            {
                ["keys"] = new[] { new Dictionary<string, string> { ["kty"] = "RSA", ["kid"] = jwk.Kid, ["use"] = "sig", ["n"] = jwk.N, ["e"] = jwk.E } },
            }));
            await app.StartAsync(cancellationToken);
            var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new OpenIdAuthority(app, bound.TrimEnd('/'));
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
