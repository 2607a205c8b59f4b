using Msix.Domain.Consolidation;
using Msix.Domain.Messaging;
using Msix.Domain.Storage;
using Msix.Domain.Tests.Support;

namespace Msix.Domain.Tests.Consolidation;

public sealed class ContributionWriterTests
{
    private readonly InMemoryDocumentStore<ContributionDocument> _contributions = new();
    private readonly RecordingMessageSender _messages = new();
    private readonly ContributionWriter _writer;

    public ContributionWriterTests() => _writer = new ContributionWriter(_contributions, _messages, TimeProvider.System);

    private Task<StoreOutcome> Store(string submission, Mde.ChildRecord record) =>
        _writer.StoreAsync("TX", submission, record, CancellationToken.None);

    private async Task<ContributionDocument> Stored() =>
        (await _contributions.ReadAsync("TX-TX001", CancellationToken.None))!.Document;

    [Fact]
    public async Task A_new_record_is_stored_and_sent_to_consolidation()
    {
        Assert.Equal(StoreOutcome.Stored, await Store("s1", TestRecords.Child()));
        var stored = await Stored();
        Assert.Equal("s1", stored.SubmissionId);
        Assert.False(stored.Withdrawn);
        var (queue, message) = Assert.Single(_messages.Sent);
        Assert.Equal(QueueNames.Consolidate, queue);
        Assert.Equal(new ConsolidationRequest("TX", "TX001"), message);
    }

    [Fact]
    public async Task The_same_data_from_another_submission_changes_nothing()
    {
        await Store("s1", TestRecords.Child());
        Assert.Equal(StoreOutcome.Unchanged, await Store("s2", TestRecords.Child(asOf: TestRecords.AsOf.AddDays(3))));
        var stored = await Stored();
        Assert.Equal("s1", stored.SubmissionId);
        Assert.Equal(TestRecords.AsOf.AddDays(3), stored.AsOf);
        Assert.Single(_messages.Sent);
    }

    [Fact]
    public async Task An_older_record_never_replaces_a_newer_one()
    {
        await Store("s2", TestRecords.Child(firstName: "Pepe", asOf: TestRecords.AsOf.AddDays(10)));
        Assert.Equal(StoreOutcome.SkippedAsOlder, await Store("s1", TestRecords.Child(firstName: "José")));
        Assert.Equal("Pepe", (await Stored()).Record.Demographics!.FirstName);
    }

    [Fact]
    public async Task A_newer_changed_record_replaces_the_older()
    {
        await Store("s1", TestRecords.Child(firstName: "José"));
        Assert.Equal(StoreOutcome.Stored, await Store("s2", TestRecords.Child(firstName: "Josué", asOf: TestRecords.AsOf.AddDays(1))));
        Assert.Equal("Josué", (await Stored()).Record.Demographics!.FirstName);
        Assert.Equal(2, _messages.Sent.Count);
    }

    [Fact]
    public async Task A_retry_of_the_same_submission_counts_as_stored_and_sends_again()
    {
        await Store("s1", TestRecords.Child());
        Assert.Equal(StoreOutcome.Stored, await Store("s1", TestRecords.Child()));
        Assert.Equal(2, _messages.Sent.Count);
    }

    [Fact]
    public async Task A_delete_withdraws_and_an_older_upsert_cannot_bring_it_back()
    {
        await Store("s1", TestRecords.Child());
        Assert.Equal(StoreOutcome.Withdrawn, await Store("s2", TestRecords.Delete(asOf: TestRecords.AsOf.AddDays(1))));
        Assert.True((await Stored()).Withdrawn);
        Assert.Equal(StoreOutcome.SkippedAsOlder, await Store("s3", TestRecords.Child(asOf: TestRecords.AsOf.AddHours(1))));
        Assert.True((await Stored()).Withdrawn);
    }
}
