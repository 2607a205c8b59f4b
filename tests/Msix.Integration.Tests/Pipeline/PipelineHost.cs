using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Msix.Adapters.Cosmos;
using Msix.Api.Access;
using Msix.Domain;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Mde;
using Msix.Domain.Records;
using Msix.Domain.Storage;
using Msix.Domain.Submissions;
using Msix.Integration.Tests.Hosts;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Pipeline;

/// <summary>
/// One test's whole exchange: the local host in-process on the test's own storage account and database,
/// and the ways a State and a reader reach it (the drop zone, the HTTP API), with waits for what happens in
/// the background.
/// </summary>
public sealed class PipelineHost : IAsyncDisposable
{
    private PipelineHost(LocalHostFactory factory)
    {
        Factory = factory;
        // The State's own data administrator for /api/states/{state}/..., else a reader (school staff) of TX.
        Http = factory.CreateDefaultClient(new StateTokenHandler());
        Blobs = new BlobServiceClient(factory.Environment.StorageConnectionString);
    }

    public LocalHostFactory Factory { get; }

    /// <summary>
    /// A client that signs each call in as the caller it needs: a data administrator of the State in
    /// /api/states/{state}/..., school staff of TX elsewhere. Tests of who may do what use <see cref="ClientAs"/>.
    /// </summary>
    public HttpClient Http { get; }

    /// <summary>A client signed in as <paramref name="userId"/> with <paramref name="roles"/> for <paramref name="state"/>.</summary>
    public HttpClient ClientAs(string userId, string? state, params string[] roles) => Factory.ClientAs(userId, state, roles);

    /// <summary>The test's storage account, as a State (or a test) sees it.</summary>
    public BlobServiceClient Blobs { get; }

    public TestEnvironment Environment => Factory.Environment;

    /// <summary>Starts the local host on a new environment of its own (storage is set up before the triggers listen).</summary>
    /// <param name="services">Replaces services of the host (a test double, a fault).</param>
    /// <param name="settings">Settings of the host on top of the environment's (a mail relay, say).</param>
    public static PipelineHost Start(EmulatorsFixture emulators, Action<IServiceCollection>? services = null, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(emulators);
        var factory = new LocalHostFactory(emulators.CreateEnvironment(), settings, services);
        try
        {
            return new PipelineHost(factory);
        }
        catch
        {
            factory.Dispose();
            throw;
        }
    }

    public T Service<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    /// <summary>A queue of the test's account, with Base64 bodies as the triggers read them.</summary>
    public QueueClient Queue(string name) =>
        new(Environment.StorageConnectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    /// <summary>Drops a file into dropzone/{state}/{name} as a State would, with the real blob client.</summary>
    public async Task DropAsync(string state, string name, byte[] content)
    {
        var blob = Blobs.GetBlobContainerClient(BlobContainerNames.DropZone).GetBlobClient($"{state}/{name}");
        await blob.UploadAsync(new BinaryData(content), overwrite: true, TestContext.Current.CancellationToken);
    }

    /// <summary>Drops the records as one JSON Lines file, waits until its receipt accepts them all; returns the file.</summary>
    public async Task<byte[]> SubmitAcceptedAsync(string state, string name, IEnumerable<ChildRecord> records)
    {
        var file = await PipelineData.JsonLinesAsync(records);
        await DropAsync(state, name, file);
        Assert.Equal(ReceiptStatus.Accepted, (await ReceiptAsync(state, PipelineData.IdOf(file))).Status);
        return file;
    }

    /// <summary>Reads GET /api/states/{state}/submissions/{id} until the receipt is written (and <paramref name="until"/> holds).</summary>
    public Task<Receipt> ReceiptAsync(string state, string submissionId, Func<Receipt, bool>? until = null) =>
        Poll.UntilAsync(
            async ct =>
            {
                using var response = await Http.GetAsync(new Uri($"/api/states/{state}/submissions/{submissionId}", UriKind.Relative), ct);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    // 404 until the trigger has picked a dropped file up, 202 while it is processed.
                    Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Accepted });
                    return null;
                }

                var receipt = await response.Content.ReadFromJsonAsync<Receipt>(MsixJson.Options, ct);
                return receipt is not null && (until is null || until(receipt)) ? receipt : null;
            },
            $"the receipt of {state} submission {submissionId}",
            () => Factory.Logs.Tail());

    /// <summary>Waits, asking often, until the blob trigger has picked a dropped file up (the API then knows the submission).</summary>
    public Task PickedUpAsync(string state, string submissionId) =>
        Poll.UntilAsync(
            async ct =>
            {
                using var response = await Http.GetAsync(new Uri($"/api/states/{state}/submissions/{submissionId}", UriKind.Relative), ct);
                return response.StatusCode == HttpStatusCode.NotFound ? null : (object)response.StatusCode;
            },
            $"the trigger to pick up {state} submission {submissionId}",
            () => Factory.Logs.Tail(),
            interval: TimeSpan.FromMilliseconds(10));

    /// <summary>The MSIX ID a State's record of a child was linked to, once its consolidated record holds the record.</summary>
    public async Task<string> MsixIdAsync(string state, string stateStudentId)
    {
        var links = Service<IDocumentStore<IdentityLink>>();
        var records = Service<IDocumentStore<ConsolidatedRecord>>();
        var contribution = ContributionDocument.IdOf(state, stateStudentId);
        // The link is stored before the consolidated record takes the contribution: wait for both, so the API
        // knows the child by the time the ID is returned.
        var link = await Poll.UntilAsync(
            async ct => await links.ReadAsync(IdentityLink.IdOf(state, stateStudentId), ct) is { } found
                && await records.ReadAsync(found.Document.MsixId, ct) is { } record
                && record.Document.Contributions.Any(c => c.Id == contribution)
                    ? found.Document
                    : null,
            $"the identity link and consolidated record of a {state} record",
            () => Factory.Logs.Tail());
        return link.MsixId;
    }

    /// <summary>Reads GET /api/students/{msixId} until it answers 200 and <paramref name="until"/> holds.</summary>
    public Task<StudentRecordView> StudentAsync(string msixId, Func<StudentRecordView, bool> until) =>
        Poll.UntilAsync(
            async ct =>
            {
                using var response = await Http.GetAsync(new Uri($"/api/students/{msixId}", UriKind.Relative), ct);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                    return null;
                }

                var view = await response.Content.ReadFromJsonAsync<StudentRecordView>(MsixJson.Options, ct);
                return view is not null && until(view) ? view : null;
            },
            $"the consolidated record {msixId}",
            () => Factory.Logs.Tail());

    /// <summary>Every document of a Cosmos DB container, read from its whole feed (no query).</summary>
    public async Task<IReadOnlyList<JsonElement>> ReadAllAsync(string containerName)
    {
        var container = Service<CosmosClient>().GetDatabase(Environment.DatabaseName).GetContainer(containerName);
        var documents = new List<JsonElement>();
        using var feed = container.GetItemQueryIterator<JsonElement>((string?)null);
        while (feed.HasMoreResults)
        {
            documents.AddRange(await feed.ReadNextAsync(TestContext.Current.CancellationToken));
        }

        return documents;
    }

    /// <summary>The versions (ETags) of the documents with these ids, to tell later that none changed.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ETagsAsync<T>(IEnumerable<string> ids)
        where T : class, IDocument
    {
        var store = Service<IDocumentStore<T>>();
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            etags[id] = (await store.ReadAsync(id, TestContext.Current.CancellationToken))?.ETag ?? "(missing)";
        }

        return etags;
    }

    public Task<IReadOnlyList<JsonElement>> ContributionsAsync() => ReadAllAsync(CosmosContainerNames.Contributions);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Factory.DisposeAsync();
    }

    private sealed class StateTokenHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var segments = request.RequestUri!.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            request.Headers.Authorization ??= segments is [_, "states", var state, ..]
                ? new AuthenticationHeaderValue("Bearer", LocalHostFactory.Token($"administrator-{state}", state, Roles.StateDataAdministrator))
                : new AuthenticationHeaderValue("Bearer", LocalHostFactory.Token("staff-TX", "TX", Roles.SchoolStaff));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
