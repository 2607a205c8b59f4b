using System.ComponentModel.DataAnnotations;

namespace Msix.Domain.Audit;

/// <summary>Settings of the audit trail. Bound from <c>Msix:Audit</c>.</summary>
public sealed class AuditOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Msix:Audit";

    /// <summary>The most entries one read of a chain returns.</summary>
    [Range(1, 1000)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>The longest <see cref="AuditEvent.Detail"/> accepted, in characters.</summary>
    [Range(0, 1000)]
    public int MaxDetailLength { get; set; } = 200;

    /// <summary>
    /// How many chains' ends one process remembers, to append without reading the chain's head first
    /// (0: always read it). Kept in two halves: when the newer half fills, the older is forgotten, so the
    /// chains in use stay remembered. A chain remembered costs about 300 bytes (30 MB for the default); one
    /// forgotten costs its next append a refused create and at least two reads. School staff most often search
    /// for a child and then read the child's record, two appends to one chain.
    /// </summary>
    [Range(0, 1_000_000)]
    public int CachedChains { get; set; } = 100_000;

    /// <summary>
    /// How far past where a chain seems to end (the first missing entry beyond its head) the verifier looks
    /// for later entries, which would mean entries were removed.
    /// </summary>
    [Range(1, 1000)]
    public int VerifyProbeAhead { get; set; } = 16;

    /// <summary>
    /// The head of a chain is moved forward on every entry whose position is a multiple of this (1: on every
    /// entry). It only saves readers and new appenders probing from the chain's start: the seals show a chain's
    /// end. It lags the end by fewer entries than this, which the verifier probes past: keep it at most
    /// <see cref="VerifyProbeAhead"/>.
    /// </summary>
    [Range(1, 1000)]
    public int HeadEvery { get; set; } = 16;

    /// <summary>
    /// How many journals of seals there are. Each process seals in one, drawn when it starts; more journals
    /// mean fewer processes racing for the same positions, and more for <c>msix audit verify --seals</c> to walk.
    /// </summary>
    [Range(1, 64)]
    public int SealJournals { get; set; } = 4;

    /// <summary>The most chain ends one seal names; more waiting appends are sealed in several.</summary>
    [Range(1, 1000)]
    public int MaxEndsPerSeal { get; set; } = 200;

    /// <summary>
    /// When the Functions app anchors the audit journals (an NCRONTAB expression; the AnchorAuditJournals timer
    /// reads <c>%Msix:Audit:AnchorSchedule%</c>). Every day at 05:30 UTC by default.
    /// </summary>
    [Required]
    public string AnchorSchedule { get; set; } = "0 30 5 * * *";
}
