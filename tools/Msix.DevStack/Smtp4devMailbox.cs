using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using MimeKit;

namespace Msix.DevStack;

/// <summary>
/// What smtp4dev received, read through its web API: the list at <c>api/messages</c>, and each message's
/// raw MIME at <c>api/messages/{id}/download</c>, parsed with MimeKit.
/// </summary>
/// <remarks>
/// One smtp4dev may serve many tests at once (the integration tests share one per run): the mailbox then
/// holds other tests' mail too. A test finds its own by a recipient address or a
/// Message-ID that no other test uses (a new GUID in it), never by assuming the mailbox holds only its mail or
/// by counting all of it. For the same reason <see cref="DeleteAllAsync"/> is for a smtp4dev a test owns alone.
/// smtp4dev keeps the last <see cref="Smtp4devOptions.MessagesToKeep"/> messages.
/// </remarks>
public sealed class Smtp4devMailbox : IDisposable
{
    private const int PageSize = 100;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly HttpClient _http;
    // A received message does not change: each is downloaded and parsed once, however often the list is read.
    private readonly ConcurrentDictionary<string, ReceivedMail> _parsed = new(StringComparer.Ordinal);

    /// <param name="webUrl">smtp4dev's web address (<see cref="Smtp4devServer.WebUrl"/>).</param>
    public Smtp4devMailbox(Uri webUrl)
    {
        ArgumentNullException.ThrowIfNull(webUrl);
        _http = new HttpClient { BaseAddress = webUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Smtp4devMailbox(Smtp4devServer server)
        : this((server ?? throw new ArgumentNullException(nameof(server))).WebUrl)
    {
    }

    /// <summary>Every message smtp4dev holds now, newest first.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> MessagesAsync(CancellationToken cancellationToken)
    {
        var messages = new List<ReceivedMail>();
        // A message that arrives while the pages are read shifts the later pages: one may be listed twice.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var uri = new Uri(string.Create(CultureInfo.InvariantCulture, $"api/messages?page={page}&pageSize={PageSize}"), UriKind.Relative);
            using var list = JsonDocument.Parse(await _http.GetStringAsync(uri, cancellationToken));
            foreach (var summary in list.RootElement.GetProperty("results").EnumerateArray())
            {
                var id = summary.GetProperty("id").GetString()
                    ?? throw new InvalidOperationException("smtp4dev listed a message without an id.");
                if (seen.Add(id) && await ReadAsync(id, cancellationToken) is { } mail)
                {
                    messages.Add(mail);
                }
            }

            if (page >= list.RootElement.GetProperty("pageCount").GetInt32())
            {
                return messages;
            }
        }
    }

    /// <summary>
    /// Reads the mailbox until <paramref name="until"/> holds for what it holds, and returns that; throws
    /// <see cref="TimeoutException"/> after <paramref name="timeout"/>.
    /// </summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(
        Func<IReadOnlyList<ReceivedMail>, bool> until,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(until);
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var messages = await MessagesAsync(cancellationToken);
            if (until(messages))
            {
                return messages;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"smtp4dev did not receive the awaited mail within {timeout.TotalSeconds:0.#} s ({messages.Count} messages in the mailbox)."));
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    /// <summary>Deletes every message: other tests' too, so only on a smtp4dev this test has alone.</summary>
    public async Task DeleteAllAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.DeleteAsync(new Uri("api/messages/*", UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
        _parsed.Clear();
    }

    public void Dispose() => _http.Dispose();

    // Null when the message was deleted between the list and the download.
    private async Task<ReceivedMail?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        if (_parsed.TryGetValue(id, out var known))
        {
            return known;
        }

        var uri = new Uri("api/messages/" + Uri.EscapeDataString(id) + "/download", UriKind.Relative);
        using var response = await _http.GetAsync(uri, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        var mail = new ReceivedMail(
            id,
            message.MessageId,
            message.From.Mailboxes.Select(ReceivedAddress.Of).FirstOrDefault(),
            [.. message.To.Mailboxes.Select(ReceivedAddress.Of)],
            message.Subject ?? "",
            message.TextBody,
            message.HtmlBody,
            message.Body?.ContentType.MimeType ?? "",
            message.Date);
        return _parsed.GetOrAdd(id, mail);
    }
}

/// <summary>One message smtp4dev received, as MimeKit read its raw MIME.</summary>
/// <param name="Id">smtp4dev's id of the message.</param>
/// <param name="MessageId">The Message-ID header, without angle brackets; null when the message had none.</param>
/// <param name="From">The first mailbox of the From header.</param>
/// <param name="To">The mailboxes of the To header.</param>
/// <param name="TextBody">The text/plain body, decoded; null when there is none.</param>
/// <param name="HtmlBody">The text/html body, decoded; null when there is none.</param>
/// <param name="BodyType">The MIME type of the top-level body, such as "multipart/alternative".</param>
public sealed record ReceivedMail(
    string Id,
    string? MessageId,
    ReceivedAddress? From,
    IReadOnlyList<ReceivedAddress> To,
    string Subject,
    string? TextBody,
    string? HtmlBody,
    string BodyType,
    DateTimeOffset Date)
{
    /// <summary>True when <paramref name="address"/> is among the To addresses (compared ignoring case).</summary>
    public bool IsTo(string address) =>
        To.Any(to => string.Equals(to.Address, address, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A mailbox of a received message: its address and display name (empty when it had none).</summary>
public sealed record ReceivedAddress(string Address, string Name)
{
    internal static ReceivedAddress Of(MailboxAddress mailbox) => new(mailbox.Address, mailbox.Name ?? "");
}
