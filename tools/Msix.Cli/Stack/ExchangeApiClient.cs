using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Msix.Domain;
using Msix.Domain.Submissions;

namespace Msix.Cli.Stack;

/// <summary>The exchange's HTTP API as the command-line tool uses it: upload a file, wait for its receipt, read a record.</summary>
internal sealed class ExchangeApiClient(Uri apiBase) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = apiBase, Timeout = TimeSpan.FromMinutes(10) };

    /// <summary>POSTs a submission file; returns its submission ID.</summary>
    public async Task<string> UploadAsync(string state, string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        using var content = new StreamContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await _http.PostAsync(new Uri($"states/{state}/submissions", UriKind.Relative), content, cancellationToken);
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
            using var response = await _http.GetAsync(new Uri($"states/{state}/submissions/{submissionId}", UriKind.Relative), cancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                return await JsonSerializer.DeserializeAsync<Receipt>(body, MsixJson.Options, cancellationToken)
                    ?? throw new InvalidOperationException("The receipt is empty.");
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"The receipt of {state} submission {submissionId} was not ready within {timeout}.");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>True when the child's consolidated record is readable.</summary>
    public async Task<bool> StudentReadableAsync(string msixId, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri($"students/{msixId}", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return response.StatusCode == HttpStatusCode.OK;
    }

    public void Dispose() => _http.Dispose();
}
