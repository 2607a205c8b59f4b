using Msix.Domain.Consolidation;
using Msix.Domain.Storage;

namespace Msix.Domain.Identity;

/// <summary>
/// Reserves a new MSIX ID by creating its (empty) consolidated record: create-if-absent makes the ID this
/// caller's alone, and a reserved ID is never given out again, even if the caller goes no further.
/// </summary>
public static class MsixIdReservation
{
    private const int MaxAttempts = 20;

    /// <summary>A new MSIX ID, its empty consolidated record created.</summary>
    public static async Task<string> ReserveAsync(IDocumentStore<ConsolidatedRecord> records, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(time);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var candidate = MsixId.NewId();
            var now = time.GetUtcNow();
            if (await records.TryCreateAsync(new ConsolidatedRecord(candidate, candidate, [], now, now), cancellationToken) is not null)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"Could not find an unused MSIX ID in {MaxAttempts} attempts.");
    }
}
