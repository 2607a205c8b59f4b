using System.Net.Mail;
using Msix.Domain.Consolidation;
using Msix.Domain.Storage;

namespace Msix.Domain.Notices;

/// <summary>Move notices raised by school staff, and the States' notice contacts.</summary>
public sealed class NoticeService(IDocumentStore<MoveNotice> notices, IDocumentStore<StateContacts> contacts, IDocumentStore<ConsolidatedRecord> records, TimeProvider time)
{
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
        var notice = new MoveNotice(MoveNotice.IdOf(resolved, kind, receiving, fromState, toState, date), resolved, kind, receiving, fromState, toState, date, now, actor);
        var created = await notices.TryCreateAsync(notice, cancellationToken);
        return created?.Document ?? (await notices.ReadAsync(notice.Id, cancellationToken))?.Document ?? notice;
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
