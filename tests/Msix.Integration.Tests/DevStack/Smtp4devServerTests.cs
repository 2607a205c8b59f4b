using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Msix.Integration.Tests.Infrastructure;
using Msix.Integration.Tests.Pipeline;

namespace Msix.Integration.Tests.DevStack;

public sealed class Smtp4devServerTests(EmulatorsFixture emulators)
{
    [Fact]
    public async Task Mail_sent_over_SMTP_is_listed_by_the_web_API()
    {
        var ct = TestContext.Current.CancellationToken;
        var smtp4dev = await emulators.GetSmtp4devAsync(ct);
        var subject = "probe " + Guid.NewGuid().ToString("N");

        await SendAsync(smtp4dev.SmtpPort, subject, ct);

        // smtp4dev stores a message a moment after it answered 250, and other tests send mail meanwhile.
        using var http = new HttpClient { BaseAddress = smtp4dev.WebUrl };
        await Poll.UntilAsync(
            async token =>
            {
                using var messages = JsonDocument.Parse(await http.GetStringAsync(new Uri("api/messages?pageSize=500", UriKind.Relative), token));
                return messages.RootElement.GetProperty("results").EnumerateArray().Any(m => m.GetProperty("subject").GetString() == subject) ? (object)true : null;
            },
            "the probe mail to be listed",
            () => "");
    }

    // A minimal SMTP conversation, enough for a sink that asks for no authentication.
    private static async Task SendAsync(int port, string subject, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, cancellationToken);
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };

        await ExpectAsync(reader, "220", cancellationToken);
        await writer.WriteLineAsync("HELO test");
        await ExpectAsync(reader, "250", cancellationToken);
        await writer.WriteLineAsync("MAIL FROM:<exchange@msix.test>");
        await ExpectAsync(reader, "250", cancellationToken);
        await writer.WriteLineAsync("RCPT TO:<contact@state.test>");
        await ExpectAsync(reader, "250", cancellationToken);
        await writer.WriteLineAsync("DATA");
        await ExpectAsync(reader, "354", cancellationToken);
        await writer.WriteLineAsync($"Subject: {subject}\r\nFrom: exchange@msix.test\r\nTo: contact@state.test\r\n\r\nA child is arriving.\r\n.");
        await ExpectAsync(reader, "250", cancellationToken);
        await writer.WriteLineAsync("QUIT");
    }

    private static async Task ExpectAsync(StreamReader reader, string code, CancellationToken cancellationToken)
    {
        string? line;
        do
        {
            line = await reader.ReadLineAsync(cancellationToken);
            Assert.NotNull(line);
        }
        while (line.Length > 3 && line[3] == '-');

        Assert.StartsWith(code, line, StringComparison.Ordinal);
    }
}
