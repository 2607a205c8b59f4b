using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Azure.Cosmos;
using Msix.Adapters.Cosmos;
using Msix.DevStack;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.DevStack;

/// <summary>tools/emulators/cosmosdb-server.js and the patch the repository applies to cosmosdb-server.</summary>
public sealed class CosmosLauncherTests(EmulatorsFixture emulators)
{
    [Theory]
    [InlineData("GET", "docs/missing", null)]
    [InlineData("PUT", "docs/missing", """{ "id": "missing" }""")]
    [InlineData("DELETE", "docs/missing", null)]
    [InlineData("PATCH", "docs/missing", """[{ "op": "set", "path": "/a", "value": 1 }]""")]
    public async Task A_missing_document_answers_404(string method, string path, string? body)
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient { BaseAddress = emulators.Cosmos.Endpoint };
        var collection = await CreateCollectionAsync(http, ct);

        var status = await SendAsync(http, method, $"{collection}/{path}", body, ct);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Creating_a_document_in_a_missing_container_answers_404()
    {
        using var http = new HttpClient { BaseAddress = emulators.Cosmos.Endpoint };

        var status = await SendAsync(http, "POST", "dbs/no-such-database/colls/c/docs", """{ "id": "x" }""", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Theory]
    [InlineData("POST", null, HttpStatusCode.Created)]
    [InlineData("POST", "x-ms-documentdb-is-upsert", HttpStatusCode.OK)]
    [InlineData("PUT", null, HttpStatusCode.OK)]
    public async Task A_write_asked_for_a_minimal_answer_answers_with_its_etag_and_no_document(string method, string? flag, HttpStatusCode expected)
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient { BaseAddress = emulators.Cosmos.Endpoint };
        var collection = await CreateCollectionAsync(http, ct);
        var creates = method == "POST" && flag is null;
        if (!creates)
        {
            (await WriteAsync(http, "POST", $"{collection}/docs", "minimal", null, preferMinimal: false, ct)).Dispose();
            (await WriteAsync(http, "POST", $"{collection}/docs", "full", null, preferMinimal: false, ct)).Dispose();
        }

        var path = method == "PUT" ? "docs/{0}" : "docs";
        using var minimal = await WriteAsync(http, method, $"{collection}/{string.Format(CultureInfo.InvariantCulture, path, "minimal")}", "minimal", flag, preferMinimal: true, ct);
        using var full = await WriteAsync(http, method, $"{collection}/{string.Format(CultureInfo.InvariantCulture, path, "full")}", "full", flag, preferMinimal: false, ct);

        Assert.Equal(expected, minimal.StatusCode);
        Assert.Empty(await minimal.Content.ReadAsStringAsync(ct));
        Assert.Equal(expected, full.StatusCode);
        Assert.Contains("\"n\":1", await full.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        using var read = await ReadAsync(http, $"{collection}/docs/minimal", "minimal", ct);
        Assert.Contains("\"n\":1", await read.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(ETagOf(minimal)));
        Assert.Equal(ETagOf(minimal), ETagOf(read));
    }

    [Fact]
    public async Task The_sdk_gets_no_document_back_from_a_write_that_does_not_want_one()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient { BaseAddress = emulators.Cosmos.Endpoint };
        var collection = await CreateCollectionAsync(http, ct);
        using var client = new CosmosClient(emulators.Cosmos.ConnectionString, CosmosClientFactory.CreateOptions(emulators.Cosmos.Endpoint));
        var container = client.GetContainer(collection.Split('/')[1], "c");
        var minimal = new ItemRequestOptions { EnableContentResponseOnWrite = false };

        using var a = Json("""{ "id": "a", "n": 1 }""");
        using var b = Json("""{ "id": "b", "n": 1 }""");

        using var created = await container.CreateItemStreamAsync(a, new PartitionKey("a"), minimal, ct);
        using var echoed = await container.CreateItemStreamAsync(b, new PartitionKey("b"), cancellationToken: ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.False(string.IsNullOrEmpty(created.Headers.ETag));
        Assert.True(created.Content is null || created.Content.Length == 0);
        Assert.Equal(HttpStatusCode.Created, echoed.StatusCode);
        Assert.NotNull(echoed.Content);
        Assert.NotEqual(0, echoed.Content.Length);
    }

    [Fact]
    public async Task A_refused_write_still_says_why_when_asked_for_a_minimal_answer()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient { BaseAddress = emulators.Cosmos.Endpoint };
        var collection = await CreateCollectionAsync(http, ct);
        (await WriteAsync(http, "POST", $"{collection}/docs", "kept", null, preferMinimal: false, ct)).Dispose();

        using var conflict = await WriteAsync(http, "POST", $"{collection}/docs", "kept", null, preferMinimal: true, ct);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("already exists", await conflict.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_launcher_stops_when_its_input_closes()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = FreePort.Pick();
        var start = new ProcessStartInfo(Executables.Node())
        {
            WorkingDirectory = TestRepository.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(TestRepository.Root, CosmosEmulator.LauncherPath));
        start.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add("--stop-when-stdin-closes");
        using var process = Process.Start(start)!;
        try
        {
            Assert.StartsWith("cosmosdb-server ready on", await process.StandardOutput.ReadLineAsync(ct), StringComparison.Ordinal);

            process.StandardInput.Close();

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task<string> CreateCollectionAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var database = "launcher-" + Guid.NewGuid().ToString("N");
        await SendAsync(http, "POST", "dbs", $$"""{ "id": "{{database}}" }""", cancellationToken);
        await SendAsync(http, "POST", $"dbs/{database}/colls", """{ "id": "c", "partitionKey": { "paths": ["/id"], "kind": "Hash" } }""", cancellationToken);
        return $"dbs/{database}/colls/c";
    }

    /// <summary>Writes document <paramref name="id"/> with n = 1, with or without "Prefer: return=minimal".</summary>
    private static async Task<HttpResponseMessage> WriteAsync(HttpClient http, string method, string path, string id, string? flag, bool preferMinimal, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative))
        {
            Content = new StringContent($$"""{ "id": "{{id}}", "n": 1 }""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-ms-documentdb-partitionkey", $"[\"{id}\"]");
        if (flag is not null)
        {
            request.Headers.Add(flag, "true");
        }

        if (preferMinimal)
        {
            request.Headers.Add("Prefer", "return=minimal");
        }

        return await http.SendAsync(request, cancellationToken);
    }

    private static MemoryStream Json(string text) => new(Encoding.UTF8.GetBytes(text), writable: false);

    // The emulator's ETags are not quoted, so HttpHeaders.ETag does not parse them; the SDK reads the header as it is.
    private static string? ETagOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("etag", out var values) ? values.Single() : null;

    private static async Task<HttpResponseMessage> ReadAsync(HttpClient http, string path, string id, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("x-ms-documentdb-partitionkey", $"[\"{id}\"]");
        return await http.SendAsync(request, cancellationToken);
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient http, string method, string path, string? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        request.Headers.Add("x-ms-documentdb-partitionkey", """["missing"]""");
        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }
}
