using Microsoft.Extensions.Logging.Abstractions;
using Msix.Domain.Audit;
using Msix.Domain.Identity;

namespace Msix.Domain.Tests.Audit;

/// <summary>The audit trail's three stores, trails over them (each its own process, with its own memory of chain ends and its own journal) and the verifiers.</summary>
internal sealed class AuditTestbed
{
    public static readonly DateTimeOffset Now = new(2026, 10, 5, 14, 30, 15, TimeSpan.FromHours(-5));

    public AuditTestbed(AuditOptions? options = null)
    {
        Options = options ?? new AuditOptions();
        Trail = NewTrail();
        Verifier = new AuditChainVerifier(Entries, Heads, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<AuditChainVerifier>.Instance);
        JournalVerifier = new AuditJournalVerifier(Seals, Entries, Heads, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<AuditJournalVerifier>.Instance);
    }

    public AuditOptions Options { get; }

    public TamperableDocumentStore<AuditEntry> Entries { get; } = new();

    public TamperableDocumentStore<AuditChainHead> Heads { get; } = new();

    public TamperableDocumentStore<AuditSeal> Seals { get; } = new();

    public AuditTrail Trail { get; }

    public AuditChainVerifier Verifier { get; }

    public AuditJournalVerifier JournalVerifier { get; }

    /// <summary>Another trail over the same stores, as another process would have.</summary>
    public AuditTrail NewTrail() =>
        new(Entries, Heads, Seals, Microsoft.Extensions.Options.Options.Create(Options), TimeProvider.System, NullLogger<AuditTrail>.Instance);

    public static AuditEvent Event(string user = "user-1", params string[] msixIds) =>
        new(user, "StateUser", "TX", Now, "GET /students/{msixId}", msixIds, "record view");

    public static string[] NewMsixIds(int count) => [.. Enumerable.Range(0, count).Select(_ => MsixId.NewId())];

    /// <summary>Appends <paramref name="count"/> events of <paramref name="user"/>, one after another.</summary>
    public async Task AppendManyAsync(int count, string user = "user-1", string? msixId = null)
    {
        for (var i = 0; i < count; i++)
        {
            await Trail.AppendAsync(Event(user, msixId is null ? [] : [msixId]) with { Detail = $"event {i + 1}" }, TestContext.Current.CancellationToken);
        }
    }

    public async Task<AuditEntry> EntryAsync(AuditChain chain, long seq) =>
        (await Entries.ReadAsync(AuditEntry.IdOf(chain, seq), TestContext.Current.CancellationToken))!.Document;

    /// <summary>The seals of <paramref name="journal"/>, first to last.</summary>
    public async Task<IReadOnlyList<AuditSeal>> SealsAsync(string journal)
    {
        var seals = new List<AuditSeal>();
        while (await Seals.ReadAsync(AuditSeal.IdOf(journal, seals.Count + 1), TestContext.Current.CancellationToken) is { } seal)
        {
            seals.Add(seal.Document);
        }

        return seals;
    }

    public async Task<AuditChainHead?> HeadAsync(AuditChain chain) =>
        (await Heads.ReadAsync(AuditChainHead.IdOf(chain), TestContext.Current.CancellationToken))?.Document;
}
