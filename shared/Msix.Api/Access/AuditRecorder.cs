using Msix.Domain.Audit;

namespace Msix.Api.Access;

/// <summary>Writes what a caller read or did to the audit trail, before the answer leaves: no record is read unrecorded.</summary>
public sealed class AuditRecorder(AuditTrail trail, TimeProvider time)
{
    public Task RecordAsync(Caller caller, string operation, IReadOnlyList<string> msixIds, string? detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return trail.AppendAsync(new AuditEvent(caller.UserId, caller.PrimaryRole, caller.State, time.GetUtcNow(), operation, msixIds, detail), cancellationToken);
    }
}
