using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
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
        var database = "launcher-" + Guid.NewGuid().ToString("N");
        await SendAsync(http, "POST", "dbs", $$"""{ "id": "{{database}}" }""", ct);
        await SendAsync(http, "POST", $"dbs/{database}/colls", """{ "id": "c", "partitionKey": { "paths": ["/id"], "kind": "Hash" } }""", ct);

        var status = await SendAsync(http, method, $"dbs/{database}/colls/c/{path}", body, ct);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Creating_a_document_in_a_missing_container_answers_404()
    {
        using var http = new HttpClient { BaseAddress = emulators.Cosmos.Endpoint };

        var status = await SendAsync(http, "POST", "dbs/no-such-database/colls/c/docs", """{ "id": "x" }""", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, status);
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
