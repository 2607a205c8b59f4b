using Microsoft.AspNetCore.Http;

namespace Msix.Api;

/// <summary>GET /api/health: the API answers.</summary>
public static class HealthApi
{
    public static IResult Get() => Results.Json(new { status = "healthy" });
}
