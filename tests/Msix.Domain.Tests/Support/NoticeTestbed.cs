using Msix.Domain.Consolidation;
using Msix.Domain.Notices;
using Msix.Domain.Storage;

namespace Msix.Domain.Tests.Support;

/// <summary>The move-notice service over in-memory stores.</summary>
internal sealed class NoticeTestbed
{
    public NoticeTestbed(IDocumentStore<ConsolidatedRecord> records, RecordingMessageSender messages, TimeProvider time)
    {
        Messages = messages;
        Service = new NoticeService(Notices, Contacts, Lists, Deliveries, records, messages, time);
    }

    public InMemoryDocumentStore<MoveNotice> Notices { get; } = new();

    public InMemoryDocumentStore<StateContacts> Contacts { get; } = new();

    public InMemoryDocumentStore<StateNotices> Lists { get; } = new();

    public InMemoryDocumentStore<NoticeDelivery> Deliveries { get; } = new();

    public RecordingMessageSender Messages { get; }

    public NoticeService Service { get; }
}
