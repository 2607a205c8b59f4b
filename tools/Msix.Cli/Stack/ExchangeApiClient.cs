using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Msix.Api.Access;
using Msix.Domain;
using Msix.Domain.Notices;
using Msix.Domain.Submissions;

namespace Msix.Cli.Stack;

/// <summary>
/// The exchange's HTTP API as the command-line tool uses it: upload a file, wait for its receipt, read a
/// record; each call signed in with a development token of the role it needs.
/// </summary>
internal sealed class ExchangeApiClient(Uri apiBase, string signingKey) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = apiBase, Timeout = TimeSpan.FromMinutes(10) };
    private readonly ConcurrentDictionary<(string Role, string? State), string> _tokens = new();

    /// <summary>A development token of <paramref name="role"/> for <paramref name="state"/>.</summary>
    public string TokenFor(string role, string? state) =>
        _tokens.GetOrAdd((role, state), k => DevelopmentTokens.Mint(signingKey, $"msix-cli-{k.Role.ToLowerInvariant()}{(k.State is null ? "" : "-" + k.State.ToLowerInvariant())}", [k.Role], k.State, TimeProvider.System));

    private HttpRequestMessage Request(HttpMethod method, string path, string role, string? state)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(role, state));
        return request;
    }

    /// <summary>POSTs a submission file; returns its submission ID.</summary>
    public async Task<string> UploadAsync(string state, string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        using var content = new StreamContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var request = Request(HttpMethod.Post, $"states/{state}/submissions", Roles.StateDataAdministrator, state);
        request.Content = content;
        using var response = await _http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"Uploading {Path.GetFileName(path)} answered {(int)response.StatusCode}: {body}");
        }

        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("submissionId").GetString()!;
    }

    /// <summary>Polls the receipt until the submission is processed.</summary>
    public async Task<Receipt> WaitForReceiptAsync(string state, string submissionId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            using var request = Request(HttpMethod.Get, $"states/{state}/submissions/{submissionId}", Roles.StateDataAdministrator, state);
            using var response = await _http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                return await JsonSerializer.DeserializeAsync<Receipt>(body, MsixJson.Options, cancellationToken)
                    ?? throw new InvalidOperationException("The receipt is empty.");
            }

            if (response.StatusCode is not (HttpStatusCode.Accepted or HttpStatusCode.NotFound or HttpStatusCode.TooManyRequests))
            {
                throw new InvalidOperationException($"The receipt of {state} submission {submissionId} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"The receipt of {state} submission {submissionId} was not ready within {timeout}.");
            }

            // Polling counts against the rate limit like any call: wait as long as the API asks.
            await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    /// <summary>Replaces a State's move-notice contacts, as its data administrator.</summary>
    public async Task PutContactsAsync(string state, IReadOnlyList<NoticeContact> contacts, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Put, $"states/{state}/contacts", Roles.StateDataAdministrator, state);
        request.Content = JsonContent.Create(new { contacts }, options: MsixJson.Options);
        using var response = await _http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Setting {state}'s contacts answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    /// <summary>True when the child's consolidated record is readable.</summary>
    public async Task<bool> StudentReadableAsync(string msixId, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, $"students/{msixId}", Roles.SchoolStaff, "TX");
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return response.StatusCode == HttpStatusCode.OK;
    }

    public void Dispose() => _http.Dispose();
}
