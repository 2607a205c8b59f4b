using Microsoft.Extensions.Logging.Abstractions;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Mde;
using Msix.Domain.Storage;

namespace Msix.Domain.Tests.Support;

/// <summary>Stores a State's record and consolidates it as the exchange does, over in-memory stores and a settable clock.</summary>
internal sealed class ConsolidationTestbed
{
    public ConsolidationTestbed()
    {
        Writer = new ContributionWriter(Contributions, Messages, Time);
        Identity = new TestIdentityResolver(Links, Records, Contributions, Time);
        Notices = new NoticeTestbed(Records, Messages, Time);
        Service = new ConsolidationService(Contributions, Records, Identity.Resolver, Notices.Service, Time, NullLogger<ConsolidationService>.Instance);
    }

    public InMemoryDocumentStore<ContributionDocument> Contributions { get; } = new();

    public InMemoryDocumentStore<ConsolidatedRecord> Records { get; } = new();

    public InMemoryDocumentStore<IdentityLink> Links { get; } = new();

    public SettableTime Time { get; } = new(TestRecords.AsOf.AddDays(1));

    public RecordingMessageSender Messages { get; } = new();

    public NoticeTestbed Notices { get; }

    public ContributionWriter Writer { get; }

    public ConsolidationService Service { get; }

    public TestIdentityResolver Identity { get; }

    /// <summary>Stores and consolidates <paramref name="record"/>; returns the MSIX ID it was linked to.</summary>
    public async Task<string> ConsolidateAsync(string state, ChildRecord record)
    {
        var ct = TestContext.Current.CancellationToken;
        await Writer.StoreAsync(state, "s1", record, ct);
        await Service.ConsolidateAsync(new ConsolidationRequest(state, record.StateStudentId), ct);
        return (await Links.ReadAsync(IdentityLink.IdOf(state, record.StateStudentId), ct))!.Document.MsixId;
    }
}
