using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Msix.Api;
using Msix.Api.Access;
using Msix.Domain;
using Msix.Domain.Messaging;
using Msix.Domain.Notices;
using Msix.DevStack;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Pipeline;

/// <summary>
/// Move notices end to end: a child who moves is mailed to both States' contacts through a real SMTP server
/// (smtp4dev), once each whatever is redelivered; a relay that is down leaves the notice failed in the poison
/// queue until it is queued again; a State without contacts keeps its notice visible.
/// </summary>
public sealed class MoveNoticeMailTests(EmulatorsFixture emulators)
{
    private static readonly string[] ArrivedOnly = ["Arrived"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> Smtp(int port) => new()
    {
        ["Msix:Smtp:Host"] = Smtp4devServer.SmtpHost,
        ["Msix:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Msix:Smtp:Security"] = "None",
        ["Msix:Smtp:FromAddress"] = "moves@msix.test",
        ["Msix:Smtp:TimeoutSeconds"] = "5",
        ["Msix:Notices:RecordBaseUrl"] = "https://msix.example.gov/api/students/",
    };

    private static async Task PutContactsAsync(PipelineHost host, string state, params object[] contacts)
    {
        using var administrator = host.ClientAs($"admin-{state}", state, Roles.StateDataAdministrator);
        using var response = await administrator.PutAsJsonAsync($"/api/states/{state}/contacts", new { contacts }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_child_who_moves_is_mailed_once_to_each_States_contacts_with_no_personal_data_beyond_first_name_and_initial()
    {
        var smtp = await emulators.GetSmtp4devAsync(Ct);
        using var mailbox = new Smtp4devMailbox(smtp);
        await using var host = PipelineHost.Start(emulators, settings: Smtp(smtp.SmtpPort));
        var tag = Guid.NewGuid().ToString("N")[..8];
        var arrivals = $"arrivals-{tag}@cde.example.gov";
        var departures = $"departures-{tag}@tea.example.gov";
        await PutContactsAsync(host, "CA", new { name = "CA arrivals", email = arrivals, notices = ArrivedOnly });
        await PutContactsAsync(host, "TX", new { name = "TX records", email = departures, notices = Array.Empty<string>() });

        var child = PipelineData.Children("TX", 1, seed: 77)[0];
        var d = child.Demographics!;
        var texas = child with { Enrollments = [child.Enrollments[0] with { EnrollmentDate = new DateOnly(2025, 8, 25), WithdrawalDate = null }] };
        var california = child with { StateStudentId = "CA" + tag, Enrollments = [child.Enrollments[0] with { EnrollmentDate = new DateOnly(2026, 3, 2), WithdrawalDate = null }] };
        await host.SubmitAcceptedAsync("TX", "TX-move.jsonl", [texas]);
        var californiaFile = await host.SubmitAcceptedAsync("CA", "CA-move.jsonl", [california]);
        var msixId = await host.MsixIdAsync("CA", california.StateStudentId);

        var received = await mailbox.WaitForAsync(m => m.Any(x => x.IsTo(arrivals)) && m.Any(x => x.IsTo(departures)), TimeSpan.FromSeconds(60), Ct);

        var arrived = Assert.Single(received, m => m.IsTo(arrivals));
        var left = Assert.Single(received, m => m.IsTo(departures));
        Assert.Contains(msixId, arrived.Subject, StringComparison.Ordinal);
        foreach (var mail in new[] { arrived, left })
        {
            var all = mail.Subject + mail.TextBody + mail.HtmlBody;
            Assert.Contains(msixId, all, StringComparison.Ordinal);
            Assert.Contains($"{d.FirstName} {d.LastName1[0]}.", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains("https://msix.example.gov/api/students/" + msixId, mail.HtmlBody, StringComparison.Ordinal);
            Assert.DoesNotContain(d.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), all, StringComparison.Ordinal);
            Assert.DoesNotContain(d.LastName1, all, StringComparison.Ordinal);
            foreach (var parent in new[] { d.Parent1FirstName, d.Parent2FirstName }.Where(p => !string.IsNullOrEmpty(p) && p != d.FirstName))
            {
                Assert.DoesNotContain(parent!, all, StringComparison.Ordinal);
            }

            Assert.EndsWith("@notices.msix.local", mail.MessageId, StringComparison.Ordinal);
        }

        // The same notify message delivered again, and the CA file sent again: no second mail.
        var notice = JsonSerializer.Deserialize<JsonElement>(await (await host.ClientAs("admin-ca", "CA", Roles.StateDataAdministrator).GetAsync(new Uri("/api/states/CA/notices", UriKind.Relative), Ct)).Content.ReadAsStringAsync(Ct))
            .EnumerateArray().Select(n => n.GetProperty("notice")).Single(n => n.GetProperty("msixId").GetString() == msixId);
        await host.Queue(QueueNames.Notify).SendMessageAsync(JsonSerializer.Serialize(new NoticeMessage(notice.GetProperty("id").GetString()!), MsixJson.Options), Ct);
        await host.DropAsync("CA", "CA-move-again.jsonl", californiaFile);
        await Task.Delay(TimeSpan.FromSeconds(4), Ct);
        var after = await mailbox.MessagesAsync(Ct);
        Assert.Single(after, m => m.IsTo(arrivals));
        Assert.Single(after, m => m.IsTo(departures));
    }

    [Fact]
    public async Task A_relay_that_is_down_leaves_the_notice_failed_in_the_poison_queue_until_it_is_queued_again()
    {
        var smtp = await emulators.GetSmtp4devAsync(Ct);
        using var mailbox = new Smtp4devMailbox(smtp);
        var relayPort = FreePort.Pick();
        await using var host = PipelineHost.Start(emulators, settings: Smtp(relayPort));
        var tag = Guid.NewGuid().ToString("N")[..8];
        var contact = $"fl-{tag}@fldoe.example.gov";
        await PutContactsAsync(host, "FL", new { name = "FL records", email = contact, notices = Array.Empty<string>() });
        var children = PipelineData.Children("TX", 1, seed: 78);
        await host.SubmitAcceptedAsync("TX", "TX-leaving.jsonl", children);
        var msixId = await host.MsixIdAsync("TX", children[0].StateStudentId);
        using var staff = host.ClientAs("staff-tx", "TX", Roles.SchoolStaff);
        using var florida = host.ClientAs("admin-fl", "FL", Roles.StateDataAdministrator);
        using var flagged = await staff.PostAsJsonAsync($"/api/students/{msixId}/leaving", new { destinationState = "FL" }, Ct);
        Assert.Equal(HttpStatusCode.Created, flagged.StatusCode);
        var notice = (await flagged.Content.ReadFromJsonAsync<MoveNotice>(MsixJson.Options, Ct))!;

        // Nothing listens on the relay's port: every try fails, and after the last the message is poison.
        await Poll.UntilAsync(
            async ct => (await host.Queue(QueueNames.Notify + QueueNames.PoisonSuffix).PeekMessagesAsync(1, ct)).Value.Length > 0 ? (object)true : null,
            "the notify message in the poison queue",
            () => host.Factory.Logs.Tail());
        var failed = (await florida.GetFromJsonAsync<NoticeView>(new Uri($"/api/notices/{notice.Id}", UriKind.Relative), MsixJson.Options, Ct))!;
        Assert.Equal(DeliveryStatus.Failed, failed.Delivery!.Status);
        var entry = Assert.Single(failed.Delivery.Contacts);
        Assert.True(entry.Attempts >= 5, $"{entry.Attempts} attempts");
        Assert.False(string.IsNullOrWhiteSpace(entry.LastError));
        Assert.DoesNotContain(contact, entry.LastError, StringComparison.Ordinal);

        // The relay comes back; the failed notice is queued again (as ./msix notices requeue does).
        await using var relay = TcpForwarder.Start(relayPort, smtp.SmtpPort);
        await host.Queue(QueueNames.Notify).SendMessageAsync(JsonSerializer.Serialize(new NoticeMessage(notice.Id), MsixJson.Options), Ct);
        await mailbox.WaitForAsync(m => m.Any(x => x.IsTo(contact)), TimeSpan.FromSeconds(60), Ct);
        var sent = await Poll.UntilAsync(
            async ct => (await florida.GetFromJsonAsync<NoticeView>(new Uri($"/api/notices/{notice.Id}", UriKind.Relative), MsixJson.Options, ct)) is { Delivery.Status: DeliveryStatus.Sent } v ? v : null,
            "the notice to show sent",
            () => host.Factory.Logs.Tail());
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(sent.Delivery!.Contacts).Status);
        Assert.Single(await mailbox.MessagesAsync(Ct), m => m.IsTo(contact));
    }

    [Fact]
    public async Task A_State_without_contacts_keeps_its_notice_visible_with_a_warning_and_nothing_fails()
    {
        var smtp = await emulators.GetSmtp4devAsync(Ct);
        await using var host = PipelineHost.Start(emulators, settings: Smtp(smtp.SmtpPort));
        var children = PipelineData.Children("TX", 1, seed: 79);
        await host.SubmitAcceptedAsync("TX", "TX-wy.jsonl", children);
        var msixId = await host.MsixIdAsync("TX", children[0].StateStudentId);
        using var staff = host.ClientAs("staff-tx", "TX", Roles.SchoolStaff);
        using var wyoming = host.ClientAs("admin-wy", "WY", Roles.StateDataAdministrator);

        using var flagged = await staff.PostAsJsonAsync($"/api/students/{msixId}/leaving", new { destinationState = "WY" }, Ct);
        Assert.Equal(HttpStatusCode.Created, flagged.StatusCode);
        var notice = (await flagged.Content.ReadFromJsonAsync<MoveNotice>(MsixJson.Options, Ct))!;

        var kept = await Poll.UntilAsync(
            async ct => (await wyoming.GetFromJsonAsync<NoticeView>(new Uri($"/api/notices/{notice.Id}", UriKind.Relative), MsixJson.Options, ct)) is { Delivery.Status: DeliveryStatus.NoContacts } v ? v : null,
            "the notice to be kept without contacts",
            () => host.Factory.Logs.Tail());
        Assert.Equal(notice.Id, kept.Notice.Id);
        Assert.Contains(host.Factory.Logs.Entries, e => e.Message.Contains("WY has no contact", StringComparison.Ordinal));
        Assert.Empty((await host.Queue(QueueNames.Notify + QueueNames.PoisonSuffix).PeekMessagesAsync(32, Ct)).Value);
    }
}
