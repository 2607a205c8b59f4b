using Msix.Domain.Audit;

namespace Msix.LocalHost;

/// <summary>
/// The local host's stand-in for the Functions app's AnchorAuditJournals timer: anchors the audit journals every
/// <c>Msix:Audit:LocalHostAnchorEvery</c> (an hour by default; zero turns it off). <c>./msix audit anchor</c>
/// anchors them at once, into a file.
/// </summary>
internal sealed class AuditAnchorScheduler(AuditAnchorService anchors, IConfiguration configuration, TimeProvider time, ILogger<AuditAnchorScheduler> logger)
    : IntervalSchedule(configuration, time, logger)
{
    /// <summary>The Functions app's timer this stands in for.</summary>
    public const string Function = "AnchorAuditJournals";

    public const string Setting = "Msix:Audit:LocalHostAnchorEvery";

    protected override string EverySetting => Setting;

    protected override string Work => "Anchoring the audit journals";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => anchors.AnchorAsync(cancellationToken);
}
