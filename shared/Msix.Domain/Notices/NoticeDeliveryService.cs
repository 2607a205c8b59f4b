using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msix.Domain.Consolidation;
using Msix.Domain.Storage;

namespace Msix.Domain.Notices;

/// <summary>
/// Emails a notice to each of its receiving State's contacts who want its kind. At least once, never twice:
/// a contact already sent is skipped, each send is marked as soon as the relay took it, and every attempt
/// carries the same Message-ID. A relay that fails leaves the contact "failed" with the reason and the
/// attempt count, and the call throws so the queue tries again later (and, after its last try, moves the
/// message to the poison queue). A State with no contact for the notice keeps it, visible, with a warning.
/// </summary>
public sealed partial class NoticeDeliveryService(
    IDocumentStore<MoveNotice> notices,
    IDocumentStore<StateContacts> contacts,
    IDocumentStore<NoticeDelivery> deliveries,
    IDocumentStore<ConsolidatedRecord> records,
    IMailSender mail,
    IOptions<NoticeOptions> options,
    TimeProvider time,
    ILogger<NoticeDeliveryService> logger)
{
    public async Task DeliverAsync(NoticeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var notice = (await notices.ReadAsync(message.NoticeId ?? "", cancellationToken))?.Document
            ?? throw new InvalidDataException("A notify message names no stored move notice.");
        var wanted = ((await contacts.ReadAsync(StateContacts.IdOf(notice.ReceivingState), cancellationToken))?.Document.Contacts ?? [])
            .Where(c => c.Notices.Count == 0 || c.Notices.Contains(notice.Kind))
            .ToList();
        var deliveryId = NoticeDelivery.IdOf(notice.Id);
        if (wanted.Count == 0)
        {
            LogNoContacts(notice.ReceivingState, notice.Kind, notice.MsixId);
            await deliveries.UpdateAsync(deliveryId, d => d is { Status: DeliveryStatus.NoContacts } ? null : new NoticeDelivery(deliveryId, notice.Id, notice.ReceivingState, DeliveryStatus.NoContacts, d?.Contacts ?? [], time.GetUtcNow()), cancellationToken);
            return;
        }

        var domain = options.Value.MessageIdDomain;
        var delivery = (await deliveries.UpdateAsync(deliveryId, d => WithContacts(d, notice, wanted, domain), cancellationToken))!.Document;
        var child = await ChildAsync(notice.MsixId, cancellationToken);
        var failures = 0;
        foreach (var contact in wanted)
        {
            var entry = delivery.Contacts.First(c => SameAddress(c.Email, contact.Email));
            if (entry.Status == DeliveryStatus.Sent)
            {
                continue;
            }

            var outgoing = MoveNoticeMail.Render(notice, child.FirstName, child.LastName, contact, options.Value);
            string? error = null;
            try
            {
                await mail.SendAsync(outgoing, cancellationToken);
            }
            catch (MailNotSentException e)
            {
                error = e.Message;
                failures++;
                LogFailed(notice.MsixId, outgoing.MessageId, entry.Attempts + 1, e.Message);
            }

            delivery = (await deliveries.UpdateAsync(deliveryId, d => Marked(d!, contact.Email, error), cancellationToken))!.Document;
            if (error is null)
            {
                LogSent(notice.MsixId, outgoing.MessageId);
            }
        }

        if (failures > 0)
        {
            throw new MailNotSentException($"{failures} of {wanted.Count} mails of a move notice were not sent; the queue will try again.");
        }
    }

    private static bool SameAddress(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private NoticeDelivery? WithContacts(NoticeDelivery? delivery, MoveNotice notice, List<NoticeContact> wanted, string domain)
    {
        var known = delivery?.Contacts ?? [];
        var added = wanted.Where(w => !known.Any(k => SameAddress(k.Email, w.Email)))
            .Select(w => new ContactDelivery(w.Email, MoveNoticeMail.MessageIdOf(notice.Id, w.Email, domain), DeliveryStatus.Pending, 0, null, null))
            .ToList();
        return delivery is not null && added.Count == 0 && delivery.Status != DeliveryStatus.NoContacts
            ? null
            : new NoticeDelivery(NoticeDelivery.IdOf(notice.Id), notice.Id, notice.ReceivingState, DeliveryStatus.Pending, [.. known, .. added], time.GetUtcNow());
    }

    private NoticeDelivery Marked(NoticeDelivery delivery, string email, string? error)
    {
        var now = time.GetUtcNow();
        var contacts = delivery.Contacts
            .Select(c => !SameAddress(c.Email, email) || c.Status == DeliveryStatus.Sent ? c
                : error is null ? c with { Status = DeliveryStatus.Sent, Attempts = c.Attempts + 1, SentAt = now }
                : c with { Status = DeliveryStatus.Failed, Attempts = c.Attempts + 1, LastError = error })
            .ToList();
        var status = contacts.All(c => c.Status == DeliveryStatus.Sent) ? DeliveryStatus.Sent
            : contacts.Any(c => c.Status == DeliveryStatus.Failed) ? DeliveryStatus.Failed
            : DeliveryStatus.Pending;
        return delivery with { Contacts = contacts, Status = status, UpdatedAt = now };
    }

    /// <summary>The child's first name and last name as the most recent State record has them (the mail shows the first name and last initial only).</summary>
    private async Task<(string FirstName, string LastName)> ChildAsync(string msixId, CancellationToken cancellationToken)
    {
        var stored = await records.ReadAsync(msixId, cancellationToken);
        for (var hop = 0; hop < 5 && stored?.Document.AliasOf is { } alias; hop++)
        {
            stored = await records.ReadAsync(alias, cancellationToken);
        }

        var demographics = stored?.Document.Contributions.Where(c => !c.Withdrawn && c.Record.Demographics is not null).MaxBy(c => c.AsOf)?.Record.Demographics;
        return demographics is null ? ("", "") : (demographics.FirstName, demographics.LastName1);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{State} has no contact for {Kind} notices: the notice for MSIX ID {MsixId} is kept, no mail sent")]
    private partial void LogNoContacts(string state, MoveNoticeKind kind, string msixId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent the move notice mail {MessageId} of MSIX ID {MsixId}")]
    private partial void LogSent(string msixId, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The move notice mail {MessageId} of MSIX ID {MsixId} was not sent (attempt {Attempt}): {Reason}")]
    private partial void LogFailed(string msixId, string messageId, int attempt, string reason);
}
