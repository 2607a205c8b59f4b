using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msix.Adapters;
using Msix.Adapters.Mail;
using Msix.DevStack;
using Msix.Domain.Notices;
using Msix.Integration.Tests.Hosts;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.Adapters;

/// <summary>
/// The SMTP mail sender against the run's smtp4dev, against ports where nothing answers, and its settings.
/// smtp4dev is shared by the whole run: each test finds its mail by a recipient address and a Message-ID
/// of its own.
/// </summary>
public sealed class SmtpMailSenderTests : IDisposable
{
    private const string FromAddress = "moves@msix.test";
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(30);

    private readonly EmulatorsFixture _emulators;
    private readonly CapturedLogs _logs = new();
    private readonly ILoggerFactory _loggerFactory;

    public SmtpMailSenderTests(EmulatorsFixture emulators)
    {
        _emulators = emulators;
        _loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
    }

    public void Dispose()
    {
        _loggerFactory.Dispose();
        _logs.Dispose();
    }

    [Fact]
    public async Task A_mail_arrives_with_its_Message_ID_recipient_subject_and_both_bodies_intact()
    {
        var ct = TestContext.Current.CancellationToken;
        var smtp4dev = await _emulators.GetSmtp4devAsync(ct);
        var mail = Mail(
            subject: "Un élève arrive : José Ñúñez — déménagement",
            text: "Bonjour,\nJosé arrive à l'école Saint-Étienne le 3 février.\nMerci.",
            html: "<p>Bonjour,</p><p><b>José</b> arrive à l'école Saint-Étienne le 3 février.</p><p>Merci.</p>");
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);

        await Sender(Smtp4devServer.SmtpHost, smtp4dev.SmtpPort).SendAsync(mail, ct);

        using var mailbox = new Smtp4devMailbox(smtp4dev);
        var messages = await mailbox.WaitForAsync(all => all.Any(m => m.MessageId == mail.MessageId), MailTimeout, ct);
        var received = Assert.Single(messages, m => m.IsTo(mail.ToAddress));
        Assert.Equal(mail.MessageId, received.MessageId);
        Assert.Equal(new ReceivedAddress(FromAddress, "MSIX move notices"), received.From);
        Assert.Equal(new ReceivedAddress(mail.ToAddress, mail.ToName), Assert.Single(received.To));
        Assert.Equal(mail.Subject, received.Subject);
        Assert.Equal("multipart/alternative", received.BodyType);
        Assert.Equal(mail.TextBody, received.TextBody?.ReplaceLineEndings("\n"));
        Assert.Equal(mail.HtmlBody, received.HtmlBody?.ReplaceLineEndings("\n"));
        Assert.InRange(received.Date, before, DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Information && e.Message.Contains(mail.MessageId, StringComparison.Ordinal));
        AssertNothingPersonalLogged(mail);
    }

    [Fact]
    public async Task A_port_where_nothing_listens_fails_quickly_without_naming_the_recipient()
    {
        var ct = TestContext.Current.CancellationToken;
        var mail = Mail();
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<MailNotSentException>(() =>
            Sender(Smtp4devServer.SmtpHost, FreePort.Pick(), timeoutSeconds: 3).SendAsync(mail, ct));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Equal("SMTP connect failed: socket error ConnectionRefused.", error.Message);
        AssertNamesNobody(error, mail);
        AssertNothingPersonalLogged(mail);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_as_mail_not_sent()
    {
        var ct = TestContext.Current.CancellationToken;
        // The operating system completes the connection, and nothing ever sends the SMTP greeting.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var mail = Mail();
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<MailNotSentException>(() =>
            Sender(Smtp4devServer.SmtpHost, ((IPEndPoint)silent.LocalEndpoint).Port, timeoutSeconds: 1).SendAsync(mail, ct));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Equal("SMTP connect failed: timed out after 1 s.", error.Message);
        AssertNamesNobody(error, mail);
    }

    [Fact]
    public async Task A_refused_recipient_gives_the_status_code_and_not_the_servers_reply()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = RefusingSmtpServer.Start();
        var mail = Mail();

        var error = await Assert.ThrowsAsync<MailNotSentException>(() =>
            Sender(Smtp4devServer.SmtpHost, server.Port, timeoutSeconds: 5).SendAsync(mail, ct));

        Assert.Equal("SMTP send failed: recipient refused, status 550 (MailboxUnavailable).", error.Message);
        // The server's reply quotes the address, so the SMTP exception is not kept as the inner exception.
        Assert.Null(error.InnerException);
        AssertNamesNobody(error, mail);
        AssertNothingPersonalLogged(mail);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_a_mail_not_sent()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Sender(Smtp4devServer.SmtpHost, ((IPEndPoint)silent.LocalEndpoint).Port, timeoutSeconds: 30).SendAsync(Mail(), cancellation.Token));
    }

    [Fact]
    public async Task A_relay_down_then_back_up_takes_the_mail_sent_again()
    {
        var ct = TestContext.Current.CancellationToken;
        var smtp4dev = await _emulators.GetSmtp4devAsync(ct);
        using var services = Services(new()
        {
            ["Msix:Smtp:Host"] = Smtp4devServer.SmtpHost,
            ["Msix:Smtp:Port"] = FreePort.Pick().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Msix:Smtp:Security"] = "None",
            ["Msix:Smtp:FromAddress"] = FromAddress,
            ["Msix:Smtp:TimeoutSeconds"] = "3",
        });
        var sender = services.GetRequiredService<IMailSender>();
        var mail = Mail();

        await Assert.ThrowsAsync<MailNotSentException>(() => sender.SendAsync(mail, ct));
        // The sender reads its settings on every send: pointing them at smtp4dev brings the relay "back up".
        services.GetRequiredService<IOptions<SmtpOptions>>().Value.Port = smtp4dev.SmtpPort;
        await sender.SendAsync(mail, ct);

        using var mailbox = new Smtp4devMailbox(smtp4dev);
        var messages = await mailbox.WaitForAsync(all => all.Any(m => m.IsTo(mail.ToAddress)), MailTimeout, ct);
        Assert.Equal(mail.MessageId, Assert.Single(messages, m => m.IsTo(mail.ToAddress)).MessageId);
    }

    [Fact]
    public void Settings_have_their_defaults_and_the_local_hosts_settings_are_valid()
    {
        var defaults = new SmtpOptions();
        Assert.Equal(25, defaults.Port);
        Assert.Equal(SmtpSecurity.StartTls, defaults.Security);
        Assert.Equal("MSIX move notices", defaults.FromName);
        Assert.Equal(30, defaults.TimeoutSeconds);
        Assert.False(defaults.Authenticates);

        var localHost = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(TestRepository.Root, "tools", "Msix.LocalHost", "appsettings.json"))
            .Build();
        using var services = new ServiceCollection().AddLogging().AddMsixAzureAdapters(localHost).BuildServiceProvider();
        var options = services.GetRequiredService<IOptions<SmtpOptions>>().Value;
        Assert.Equal(("127.0.0.1", 2525, SmtpSecurity.None, "moves@msix.local"), (options.Host, options.Port, options.Security, options.FromAddress));
    }

    [Fact]
    public void A_missing_host_fails_validation()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Validated(new() { ["Msix:Smtp:FromAddress"] = FromAddress }));

        Assert.Contains(error.Failures, f => f.Contains("Msix:Smtp:Host is required.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("moves")]
    [InlineData("moves@")]
    [InlineData("@msix.test")]
    [InlineData("MSIX <moves@msix.test>")]
    [InlineData("moves@msix.test, other@msix.test")]
    public void A_bad_sender_address_fails_validation(string fromAddress)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Validated(new()
        {
            ["Msix:Smtp:Host"] = "smtp.azurecomm.net",
            ["Msix:Smtp:FromAddress"] = fromAddress,
        }));

        Assert.Contains(error.Failures, f => f.Contains("Msix:Smtp:FromAddress", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Port", "0", "Msix:Smtp:Port")]
    [InlineData("Port", "65536", "Msix:Smtp:Port")]
    [InlineData("TimeoutSeconds", "0", "Msix:Smtp:TimeoutSeconds")]
    [InlineData("UserName", "msix-smtp", "Msix:Smtp:Password")]
    [InlineData("Password", "secret", "Msix:Smtp:UserName")]
    public void Out_of_range_or_unpaired_settings_fail_validation(string key, string value, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Validated(new()
        {
            ["Msix:Smtp:Host"] = "smtp.azurecomm.net",
            ["Msix:Smtp:FromAddress"] = FromAddress,
            ["Msix:Smtp:" + key] = value,
        }));

        Assert.Contains(error.Failures, f => f.Contains(named, StringComparison.Ordinal));
        Assert.DoesNotContain(error.Failures, f => f.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void The_Azure_Communication_Services_settings_are_valid()
    {
        var options = Validated(new()
        {
            ["Msix:Smtp:Host"] = "smtp.azurecomm.net",
            ["Msix:Smtp:Port"] = "587",
            ["Msix:Smtp:Security"] = "StartTls",
            ["Msix:Smtp:UserName"] = "msix-notices",
            ["Msix:Smtp:Password"] = "client-secret",
            ["Msix:Smtp:FromAddress"] = "DoNotReply@msix.azurecomm.net",
        });

        Assert.True(options.Authenticates);
        Assert.Equal(SmtpSecurity.StartTls, options.Security);
    }

    [Fact]
    public async Task A_host_without_SMTP_settings_starts_and_fails_only_when_it_sends()
    {
        using var services = Services(new());

        // Resolving the sender, as a host does at start, needs no settings...
        var sender = services.GetRequiredService<IMailSender>();
        Assert.IsType<SmtpMailSender>(sender);

        // ...sending does.
        await Assert.ThrowsAsync<OptionsValidationException>(() => sender.SendAsync(Mail(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_recipient_that_is_not_an_address_is_not_sent_and_not_named()
    {
        var mail = Mail() with { ToAddress = "José Ñúñez <not an address" };

        var error = await Assert.ThrowsAsync<MailNotSentException>(() =>
            Sender(Smtp4devServer.SmtpHost, FreePort.Pick(), timeoutSeconds: 3).SendAsync(mail, TestContext.Current.CancellationToken));

        AssertNamesNobody(error, mail);
        AssertNothingPersonalLogged(mail);
    }

    private static OutgoingMail Mail(
        string subject = "A student is moving to your State",
        string text = "A student is moving.",
        string html = "<p>A student is moving.</p>")
    {
        var unique = Guid.NewGuid().ToString("N");
        return new OutgoingMail(
            $"notice-{unique}@msix.test",
            $"contact-{unique}@state.test",
            "José Ñúñez",
            subject,
            text,
            html);
    }

    private static SmtpOptions Validated(Dictionary<string, string?> settings)
    {
        using var services = Services(settings);
        return services.GetRequiredService<IOptions<SmtpOptions>>().Value;
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddMsixAzureAdapters(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    private static void AssertNamesNobody(Exception error, OutgoingMail mail)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            Assert.DoesNotContain(mail.ToAddress, e.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("José", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Ñúñez", e.Message, StringComparison.Ordinal);
        }
    }

    private SmtpMailSender Sender(string host, int port, int timeoutSeconds = 10) => new(
        Options.Create(new SmtpOptions
        {
            Host = host,
            Port = port,
            Security = SmtpSecurity.None,
            FromAddress = FromAddress,
            TimeoutSeconds = timeoutSeconds,
        }),
        _loggerFactory.CreateLogger<SmtpMailSender>(),
        TimeProvider.System);

    /// <summary>An SMTP server that refuses every recipient with a reply quoting the address, as real relays do.</summary>
    private sealed class RefusingSmtpServer : IAsyncDisposable
    {
        private readonly TcpListener _listener;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _serving;

        private RefusingSmtpServer(TcpListener listener)
        {
            _listener = listener;
            _serving = ServeAsync(_stop.Token);
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public static RefusingSmtpServer Start()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return new RefusingSmtpServer(listener);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            try
            {
                await _serving;
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
            {
                // Stopped while it waited for a client or a line.
            }

            _listener.Dispose();
            _stop.Dispose();
        }

        private async Task ServeAsync(CancellationToken cancellationToken)
        {
            using var client = await _listener.AcceptTcpClientAsync(cancellationToken);
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, System.Text.Encoding.ASCII);
            await using var writer = new StreamWriter(stream, System.Text.Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 refusing.test ESMTP");
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                await writer.WriteLineAsync(verb switch
                {
                    "EHLO" or "HELO" => "250 refusing.test",
                    "RCPT" => "550 5.1.1 " + line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..] + ": recipient address rejected",
                    "QUIT" => "221 bye",
                    _ => "250 OK",
                });
                if (verb == "QUIT")
                {
                    return;
                }
            }
        }
    }

    private void AssertNothingPersonalLogged(OutgoingMail mail) =>
        Assert.All(_logs.Entries, entry =>
        {
            Assert.DoesNotContain(mail.ToAddress, entry.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("José", entry.Message, StringComparison.Ordinal);
        });
}
