using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Msix.Api.Access;

namespace Msix.Api;

/// <summary>Registers what the API's handlers and its access point need.</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds the access point. Only a host for the local stack passes <paramref name="trustDevelopmentKey"/>:
    /// elsewhere a development signing key in configuration is ignored.
    /// </summary>
    public static IServiceCollection AddMsixApi(this IServiceCollection services, IConfiguration configuration, bool trustDevelopmentKey)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AccessOptions>()
            .Bind(configuration.GetSection(AccessOptions.Section))
            .PostConfigure(options =>
            {
                if (!trustDevelopmentKey)
                {
                    options.DevelopmentSigningKey = null;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<TokenValidator>();
        services.AddSingleton<CallerRateLimiter>();
        services.AddSingleton<ApiAccess>();
        services.AddSingleton<AuditRecorder>();
        return services;
    }

    /// <summary>Puts the access point in front of the API's endpoints (after routing, so it knows the endpoint).</summary>
    public static IApplicationBuilder UseMsixAccess(this IApplicationBuilder app) => app.UseMiddleware<AccessMiddleware>();
}
