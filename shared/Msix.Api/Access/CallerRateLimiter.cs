using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Msix.Api.Access;

/// <summary>
/// One token bucket per user, so one account cannot scrape the nation: <see cref="AccessOptions.Burst"/> at
/// once, then <see cref="AccessOptions.PermitsPerMinute"/>. Kept in each instance's memory: with several
/// instances a user's limit is per instance.
/// </summary>
public sealed class CallerRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public CallerRateLimiter(IOptions<AccessOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        var perTenth = Math.Max(1, value.PermitsPerMinute / 10);
        _limiter = PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetTokenBucketLimiter(user, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = value.Burst,
            TokensPerPeriod = perTenth,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1.0 * perTenth / value.PermitsPerMinute),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Takes one permit for <paramref name="userId"/>; when none is left, how long to wait.</summary>
    public TimeSpan? TryAcquire(string userId)
    {
        using var lease = _limiter.AttemptAcquire(userId);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }

    public void Dispose() => _limiter.Dispose();
}
