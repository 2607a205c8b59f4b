using Msix.Domain.Consolidation;
using Msix.Domain.Notices;
using Msix.Domain.Storage;
using Msix.Domain.Tests.Support;

namespace Msix.Domain.Tests.Notices;

public sealed class NoticeServiceTests
{
    private const string Merged = "100000000017";
    private const string Surviving = "200000000019";
    private readonly InMemoryDocumentStore<ConsolidatedRecord> _records = new();
    private readonly SettableTime _time = new(TestRecords.AsOf.AddDays(3));
    private readonly NoticeTestbed _bed;
    private readonly NoticeService _service;

    public NoticeServiceTests()
    {
        _bed = new NoticeTestbed(_records, new RecordingMessageSender(), _time);
        _service = _bed.Service;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task SeedAsync()
    {
        var contribution = new ContributionDocument("TX-T1", "TX", "T1", TestRecords.AsOf, "s1", TestRecords.AsOf, "hash", false, TestRecords.Child("T1"));
        await _records.UpsertAsync(new ConsolidatedRecord(Surviving, Surviving, [contribution], TestRecords.AsOf, TestRecords.AsOf), Ct);
        await _records.UpsertAsync(new ConsolidatedRecord(Merged, Merged, [], TestRecords.AsOf, TestRecords.AsOf) { AliasOf = Surviving }, Ct);
    }

    [Fact]
    public async Task Flagging_the_same_move_twice_makes_one_notice_under_the_surviving_MSIX_ID()
    {
        await SeedAsync();

        var first = await _service.FlagLeavingAsync(Merged, "TX", "FL", "staff-1", Ct);
        var again = await _service.FlagLeavingAsync(Surviving, "TX", "FL", "staff-2", Ct);
        var unknownDestination = await _service.FlagLeavingAsync(Surviving, "TX", null, "staff-1", Ct);
        _time.Now = _time.Now.AddDays(1);
        var nextDay = await _service.FlagLeavingAsync(Surviving, "TX", "FL", "staff-1", Ct);

        Assert.Equal((Surviving, MoveNoticeKind.LeavingToYou, "FL", "TX", "staff-1"), (first!.MsixId, first.Kind, first.ReceivingState, first.FromState, first.CreatedBy));
        Assert.Equal(first, again);
        Assert.Equal((MoveNoticeKind.Leaving, "TX"), (unknownDestination!.Kind, unknownDestination.ReceivingState));
        Assert.NotEqual(first.Id, nextDay!.Id);
        Assert.Equal(3, _bed.Notices.Count);
        Assert.Equal(4, _bed.Messages.Sent.Count(m => m.Queue == Msix.Domain.Messaging.QueueNames.Notify));
        Assert.Equal([first.Id, nextDay.Id], (await _bed.Lists.ReadAsync(StateNotices.IdOf("FL"), Ct))!.Document.NoticeIds);
        Assert.Equal([unknownDestination.Id], (await _bed.Lists.ReadAsync(StateNotices.IdOf("TX"), Ct))!.Document.NoticeIds);
        Assert.Null(await _service.FlagLeavingAsync("300000000011", "TX", "FL", "staff-1", Ct));
    }

    [Fact]
    public async Task Contacts_are_checked_whole_before_any_replaces_the_list()
    {
        var saved = await _service.PutContactsAsync("TX", [new NoticeContact(" Records ", "records@tea.example.gov ", [MoveNoticeKind.Arrived])], "admin-1", Ct);
        var badEmail = await _service.PutContactsAsync("TX", [new NoticeContact("A", "a@b.gov", []), new NoticeContact("B", "not an address", [])], "admin-1", Ct);
        var noName = await _service.PutContactsAsync("TX", [new NoticeContact(" ", "a@b.gov", [])], "admin-1", Ct);
        var twice = await _service.PutContactsAsync("TX", [new NoticeContact("A", "a@b.gov", []), new NoticeContact("B", "A@B.gov", [])], "admin-1", Ct);
        var kept = await _service.GetContactsAsync("TX", Ct);
        var none = await _service.GetContactsAsync("CA", Ct);

        Assert.Equal(("Records", "records@tea.example.gov"), (saved.Saved!.Contacts[0].Name, saved.Saved.Contacts[0].Email));
        Assert.Equal("contacts[1].email", badEmail.Field);
        Assert.Equal("contacts[0].name", noName.Field);
        Assert.Equal("contacts", twice.Field);
        Assert.Equal(["records@tea.example.gov"], kept.Contacts.Select(c => c.Email));
        Assert.Empty(none.Contacts);
    }
}
