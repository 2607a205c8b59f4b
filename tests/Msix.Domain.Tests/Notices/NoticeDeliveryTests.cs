using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Msix.Domain.Mde;
using Msix.Domain.Notices;
using Msix.Domain.Tests.Support;

namespace Msix.Domain.Tests.Notices;

/// <summary>Delivery of a notice's mails: once per contact, the personal data kept out, failures retried, no contacts kept visible.</summary>
public sealed class NoticeDeliveryTests
{
    private readonly ConsolidationTestbed _bed = new();
    private readonly FakeRelay _relay = new();
    private readonly NoticeDeliveryService _delivery;

    public NoticeDeliveryTests() =>
        _delivery = new NoticeDeliveryService(
            _bed.Notices.Notices, _bed.Notices.Contacts, _bed.Notices.Deliveries, _bed.Records, _relay,
            Options.Create(new NoticeOptions { RecordBaseUrl = "https://msix.example.gov/api/students/" }), _bed.Time, NullLogger<NoticeDeliveryService>.Instance);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A child who moved from Texas to California: California's "arrived" notice.</summary>
    private async Task<MoveNotice> ArrivedAsync()
    {
        static ChildRecord On(string id, DateOnly enrolled)
        {
            var child = TestRecords.Child(id);
            return child with { Enrollments = [child.Enrollments[0] with { EnrollmentDate = enrolled }] };
        }

        await _bed.ConsolidateAsync("TX", On("T1", new DateOnly(2025, 8, 25)));
        await _bed.ConsolidateAsync("CA", On("C1", new DateOnly(2026, 3, 2)));
        return _bed.Notices.Notices.All.Single(n => n.Kind == MoveNoticeKind.Arrived);
    }

    private async Task ContactsAsync(string state, params NoticeContact[] contacts) =>
        Assert.NotNull((await _bed.Notices.Service.PutContactsAsync(state, contacts, "admin", Ct)).Saved);

    [Fact]
    public async Task Each_contact_who_wants_the_kind_gets_one_mail_without_birth_date_full_name_or_parents()
    {
        var notice = await ArrivedAsync();
        await ContactsAsync(
            "CA",
            new NoticeContact("Ana Records", "ana@cde.example.gov", [MoveNoticeKind.Arrived]),
            new NoticeContact("Luis Counsellor", "luis@cde.example.gov", []),
            new NoticeContact("Only Leaving", "leaving@cde.example.gov", [MoveNoticeKind.LeavingToYou]));

        await _delivery.DeliverAsync(new NoticeMessage(notice.Id), Ct);
        await _delivery.DeliverAsync(new NoticeMessage(notice.Id), Ct);

        Assert.Equal(["ana@cde.example.gov", "luis@cde.example.gov"], _relay.Sent.Select(m => m.ToAddress).Order());
        var mail = _relay.Sent.First();
        foreach (var body in new[] { mail.Subject, mail.TextBody, mail.HtmlBody })
        {
            Assert.Contains(notice.MsixId, body, StringComparison.Ordinal);
            Assert.DoesNotContain("2011-03-09", body, StringComparison.Ordinal);
            Assert.DoesNotContain("García", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Núñez", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Juan", body, StringComparison.Ordinal);
        }

        Assert.Contains("José G.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://msix.example.gov/api/students/" + notice.MsixId, mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("2026-03-02", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(MoveNoticeMail.MessageIdOf(notice.Id, mail.ToAddress, new NoticeOptions().MessageIdDomain), mail.MessageId);
        var delivery = (await _bed.Notices.Deliveries.ReadAsync(NoticeDelivery.IdOf(notice.Id), Ct))!.Document;
        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
        Assert.All(delivery.Contacts, c => Assert.Equal((DeliveryStatus.Sent, 1), (c.Status, c.Attempts)));
    }

    [Fact]
    public async Task A_relay_that_refuses_leaves_the_contact_failed_with_the_reason_and_a_later_try_sends_only_what_is_missing()
    {
        var notice = await ArrivedAsync();
        await ContactsAsync("CA", new NoticeContact("Ana", "ana@cde.example.gov", []), new NoticeContact("Luis", "luis@cde.example.gov", []));
        _relay.Refuse("luis@cde.example.gov");

        await Assert.ThrowsAsync<MailNotSentException>(() => _delivery.DeliverAsync(new NoticeMessage(notice.Id), Ct));
        var failed = (await _bed.Notices.Deliveries.ReadAsync(NoticeDelivery.IdOf(notice.Id), Ct))!.Document;
        _relay.Accept("luis@cde.example.gov");
        await _delivery.DeliverAsync(new NoticeMessage(notice.Id), Ct);
        var done = (await _bed.Notices.Deliveries.ReadAsync(NoticeDelivery.IdOf(notice.Id), Ct))!.Document;

        Assert.Equal(DeliveryStatus.Failed, failed.Status);
        var luis = failed.Contacts.Single(c => c.Email == "luis@cde.example.gov");
        Assert.Equal((DeliveryStatus.Failed, 1, "550 mailbox unavailable"), (luis.Status, luis.Attempts, luis.LastError));
        Assert.Equal(DeliveryStatus.Sent, done.Status);
        Assert.Equal(["ana@cde.example.gov", "luis@cde.example.gov"], _relay.Sent.Select(m => m.ToAddress).Order());
        Assert.Equal(2, done.Contacts.Single(c => c.Email == "luis@cde.example.gov").Attempts);
    }

    [Fact]
    public async Task A_State_without_contacts_keeps_its_notice_visible_and_nothing_fails()
    {
        var notice = await ArrivedAsync();

        await _delivery.DeliverAsync(new NoticeMessage(notice.Id), Ct);

        Assert.Empty(_relay.Sent);
        Assert.Equal(DeliveryStatus.NoContacts, (await _bed.Notices.Deliveries.ReadAsync(NoticeDelivery.IdOf(notice.Id), Ct))!.Document.Status);
        var listed = await _bed.Notices.Service.ListAsync("CA", 10, Ct);
        Assert.Equal(notice.Id, Assert.Single(listed).Notice.Id);
    }

    [Fact]
    public async Task A_message_that_names_no_notice_fails_so_that_it_ends_in_the_poison_queue()
    {
        await Assert.ThrowsAsync<InvalidDataException>(() => _delivery.DeliverAsync(new NoticeMessage("mn-none"), Ct));
    }

    /// <summary>A mail relay in memory: keeps what it takes, refuses the addresses it is told to.</summary>
    private sealed class FakeRelay : IMailSender
    {
        private readonly ConcurrentDictionary<string, bool> _refused = new(StringComparer.OrdinalIgnoreCase);

        public ConcurrentQueue<OutgoingMail> Sent { get; } = new();

        public void Refuse(string address) => _refused[address] = true;

        public void Accept(string address) => _refused.TryRemove(address, out _);

        public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
        {
            if (_refused.ContainsKey(mail.ToAddress))
            {
                throw new MailNotSentException("550 mailbox unavailable");
            }

            Sent.Enqueue(mail);
            return Task.CompletedTask;
        }
    }
}
