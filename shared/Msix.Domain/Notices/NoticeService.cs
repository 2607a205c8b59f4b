using System.Net.Mail;
using Msix.Domain.Consolidation;
using Msix.Domain.Messaging;
using Msix.Domain.Storage;

namespace Msix.Domain.Notices;

/// <summary>
/// Move notices, raised by consolidation (a new enrolment in another State) or by school staff (a child
/// leaving), and the States' notice contacts. A notice's id is derived from the move, so one move gives one
/// notice per receiving State however often it is seen; each time it is seen its email is queued again,
/// and the delivery skips contacts already sent, so a crash between the two loses nothing.
/// </summary>
public sealed class NoticeService(
    IDocumentStore<MoveNotice> notices,
    IDocumentStore<StateContacts> contacts,
    IDocumentStore<StateNotices> lists,
    IDocumentStore<NoticeDelivery> deliveries,
    IDocumentStore<ConsolidatedRecord> records,
    IMessageSender messages,
    TimeProvider time)
{
    /// <summary>The "arrived" and "left" notices of the move <paramref name="contribution"/> makes in <paramref name="record"/>, if it makes one.</summary>
    public async Task<IReadOnlyList<MoveNotice>> RaiseMoveAsync(ConsolidatedRecord record, ContributionDocument contribution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (DetectedMove.Of(record, contribution) is not { } move)
        {
            return [];
        }

        var now = time.GetUtcNow();
        MoveNotice Notice(MoveNoticeKind kind, string receiving) =>
            new(MoveNotice.IdOf(record.MsixId, kind, receiving, move.FromState, move.ToState, move.MoveDate), record.MsixId, kind, receiving, move.FromState, move.ToState, move.MoveDate, now, "consolidation");
        return [await RaiseAsync(Notice(MoveNoticeKind.Arrived, move.ToState), cancellationToken), await RaiseAsync(Notice(MoveNoticeKind.Left, move.FromState), cancellationToken)];
    }

    /// <summary>One notice with how its emails went; null when there is none.</summary>
    public async Task<(MoveNotice Notice, NoticeDelivery? Delivery)?> GetAsync(string noticeId, CancellationToken cancellationToken)
    {
        var notice = await notices.ReadAsync(noticeId, cancellationToken);
        return notice is null ? null : (notice.Document, (await deliveries.ReadAsync(NoticeDelivery.IdOf(noticeId), cancellationToken))?.Document);
    }

    /// <summary>The State's most recent notices (at most <paramref name="max"/>), newest first, each with how its emails went.</summary>
    public async Task<IReadOnlyList<(MoveNotice Notice, NoticeDelivery? Delivery)>> ListAsync(string state, int max, CancellationToken cancellationToken)
    {
        var list = (await lists.ReadAsync(StateNotices.IdOf(state), cancellationToken))?.Document.NoticeIds ?? [];
        var found = await Task.WhenAll(list.Reverse().Take(max).Select(id => GetAsync(id, cancellationToken)));
        return [.. found.Where(f => f is not null).Select(f => f!.Value)];
    }

    /// <summary>Stores the notice unless the same move's is there, lists it for its State, and queues its email.</summary>
    private async Task<MoveNotice> RaiseAsync(MoveNotice notice, CancellationToken cancellationToken)
    {
        var stored = (await notices.TryCreateAsync(notice, cancellationToken))?.Document
            ?? (await notices.ReadAsync(notice.Id, cancellationToken))?.Document
            ?? notice;
        await lists.UpdateAsync(
            StateNotices.IdOf(stored.ReceivingState),
            list => list is null
                ? new StateNotices(StateNotices.IdOf(stored.ReceivingState), stored.ReceivingState, [stored.Id])
                : list.NoticeIds.Contains(stored.Id) ? null : list with { NoticeIds = [.. list.NoticeIds.TakeLast(StateNotices.Keep - 1), stored.Id] },
            cancellationToken);
        await messages.SendAsync(QueueNames.Notify, new NoticeMessage(stored.Id), cancellationToken);
        return stored;
    }

    /// <summary>The most contacts one State keeps.</summary>
    public const int MaxContacts = 100;

    /// <summary>
    /// School staff of <paramref name="fromState"/> flag the child as leaving: a "leaving to you" notice for
    /// <paramref name="toState"/> when known, else a "leaving" notice kept for <paramref name="fromState"/>.
    /// Flagging the same move again returns the notice already made. Null when no record has this MSIX ID.
    /// </summary>
    public async Task<MoveNotice?> FlagLeavingAsync(string msixId, string fromState, string? toState, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var stored = await records.ReadAsync(msixId, cancellationToken);
        for (var hop = 0; hop < 5 && stored?.Document.AliasOf is { } alias; hop++)
        {
            stored = await records.ReadAsync(alias, cancellationToken);
        }

        if (stored is null || stored.Document.Contributions.All(c => c.Withdrawn))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var date = DateOnly.FromDateTime(now.UtcDateTime);
        var resolved = stored.Document.MsixId;
        var (kind, receiving) = toState is null ? (MoveNoticeKind.Leaving, fromState) : (MoveNoticeKind.LeavingToYou, toState);
        return await RaiseAsync(new MoveNotice(MoveNotice.IdOf(resolved, kind, receiving, fromState, toState, date), resolved, kind, receiving, fromState, toState, date, now, actor), cancellationToken);
    }

    /// <summary>The State's contacts (none yet: an empty list).</summary>
    public async Task<StateContacts> GetContactsAsync(string state, CancellationToken cancellationToken) =>
        (await contacts.ReadAsync(StateContacts.IdOf(state), cancellationToken))?.Document
        ?? new StateContacts(StateContacts.IdOf(state), state, [], DateTimeOffset.MinValue, "");

    /// <summary>Replaces the State's contacts; the first problem found (index and field) when a contact is not valid.</summary>
    public async Task<(StateContacts? Saved, string? Field, string? Problem)> PutContactsAsync(string state, IReadOnlyList<NoticeContact> list, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (list.Count > MaxContacts)
        {
            return (null, "contacts", $"A State keeps at most {MaxContacts} contacts.");
        }

        for (var i = 0; i < list.Count; i++)
        {
            var contact = list[i];
            if (string.IsNullOrWhiteSpace(contact.Name) || contact.Name.Length > 200)
            {
                return (null, $"contacts[{i}].name", "Each contact needs a name of at most 200 characters.");
            }

            if (string.IsNullOrWhiteSpace(contact.Email) || !MailAddress.TryCreate(contact.Email.Trim(), out var address) || !string.Equals(address.Address, contact.Email.Trim(), StringComparison.Ordinal))
            {
                return (null, $"contacts[{i}].email", "Each contact needs one email address, such as name@agency.gov.");
            }
        }

        var duplicate = list.GroupBy(c => c.Email.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            return (null, "contacts", "An email address is listed twice.");
        }

        var saved = await contacts.UpsertAsync(
            new StateContacts(StateContacts.IdOf(state), state, [.. list.Select(c => c with { Email = c.Email.Trim(), Name = c.Name.Trim(), Notices = c.Notices ?? [] })], time.GetUtcNow(), actor),
            cancellationToken);
        return (saved.Document, null, null);
    }
}
