using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Storage;
using Msix.Integration.Tests.Infrastructure;
using Msix.Integration.Tests.Pipeline;

namespace Msix.Integration.Tests.Hosts;

/// <summary>Mistakes in a request get RFC 9457 problem details that name the parameter at fault; nothing shows a stack trace.</summary>
public sealed class HttpProblemTests(EmulatorsFixture emulators)
{
    private const string UnknownSubmission = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static readonly string ValidMsixId = "12345678901" + MsixId.CheckDigit("12345678901");

    /// <summary>The valid ID with its check digit changed: one mistyped digit.</summary>
    private static readonly string MistypedMsixId = "12345678901" + (char)('0' + ((ValidMsixId[^1] - '0' + 1) % 10));

    /// <summary>Requests with one mistake each, what they must answer, and the parameter the problem must name.</summary>
    private static readonly (string Method, string Path, HttpStatusCode Status, string? Field)[] BadRequests =
    [
        ("GET", "/api/students/" + MistypedMsixId, HttpStatusCode.BadRequest, "msixId"),
        ("GET", "/api/students/12345", HttpStatusCode.BadRequest, "msixId"),
        ("GET", "/api/students/abcdefghijkl", HttpStatusCode.BadRequest, "msixId"),
        ("GET", "/api/students/" + ValidMsixId, HttpStatusCode.NotFound, null),
        ("GET", "/api/states/ZZ/submissions/" + UnknownSubmission, HttpStatusCode.BadRequest, "state"),
        ("GET", "/api/states/TX/submissions/not-a-hash", HttpStatusCode.BadRequest, "submissionId"),
        ("GET", "/api/states/TX/submissions/" + UnknownSubmission.ToUpperInvariant(), HttpStatusCode.BadRequest, "submissionId"),
        ("GET", "/api/states/TX/submissions/" + UnknownSubmission + "?format=xml", HttpStatusCode.BadRequest, "format"),
        ("GET", "/api/states/TX/submissions/" + UnknownSubmission, HttpStatusCode.NotFound, null),
        ("POST", "/api/states/Texas/submissions", HttpStatusCode.BadRequest, "state"),
    ];

    [Fact]
    public void The_mistyped_MSIX_ID_differs_from_a_valid_one_only_in_its_check_digit()
    {
        Assert.True(MsixId.IsValid(ValidMsixId));
        Assert.False(MsixId.IsValid(MistypedMsixId));
        Assert.Equal(ValidMsixId[..^1], MistypedMsixId[..^1]);
    }

    [Fact]
    public async Task Each_bad_request_is_a_problem_naming_its_field()
    {
        await using var host = PipelineHost.Start(emulators);
        foreach (var (method, path, status, field) in BadRequests)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
            if (method == "POST")
            {
                request.Content = new ByteArrayContent("{}\n"u8.ToArray());
            }

            using var response = await host.Http.SendAsync(request, TestContext.Current.CancellationToken);

            var problem = await ProblemAsync(response, status, $"{method} {path}");
            Assert.Equal(field, problem.TryGetProperty("field", out var named) ? named.GetString() : null);
        }
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_500_problem_without_a_stack_trace()
    {
        await using var host = PipelineHost.Start(emulators, services: services =>
            services.AddSingleton<IDocumentStore<ConsolidatedRecord>, FailingStore<ConsolidatedRecord>>());

        using var response = await host.Http.GetAsync(new Uri("/api/students/" + ValidMsixId, UriKind.Relative), TestContext.Current.CancellationToken);

        var problem = await ProblemAsync(response, HttpStatusCode.InternalServerError, "a failing store");
        Assert.DoesNotContain(FailingStore<ConsolidatedRecord>.Secret, problem.GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"{what}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", text, StringComparison.Ordinal);
        var problem = JsonSerializer.Deserialize<JsonElement>(text);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }

    /// <summary>A store that fails every call, with a message that must never reach a client.</summary>
    private sealed class FailingStore<T> : IDocumentStore<T>
        where T : class, IDocument
    {
        public const string Secret = "connection refused by db-internal-7";

        public Task<Stored<T>?> ReadAsync(string id, CancellationToken cancellationToken) => throw new InvalidOperationException(Secret);

        public Task<Stored<T>?> TryCreateAsync(T document, CancellationToken cancellationToken) => throw new InvalidOperationException(Secret);

        public Task<Stored<T>?> TryReplaceAsync(T document, string etag, CancellationToken cancellationToken) => throw new InvalidOperationException(Secret);

        public Task<Stored<T>> UpsertAsync(T document, CancellationToken cancellationToken) => throw new InvalidOperationException(Secret);
    }
}
