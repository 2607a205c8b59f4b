using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Msix.DevStack;

namespace Msix.Integration.Tests.DevStack;

public sealed class ManagedProcessTests
{
    [Fact]
    public async Task A_process_that_exits_before_listening_fails_with_the_end_of_its_log()
    {
        var port = FreePort.Pick();
        using var logs = new TemporaryFolder();

        var error = await Assert.ThrowsAsync<DevStackException>(() => ManagedProcess.StartAsync(
            Node("console.error('cannot open the data folder'); process.exit(3)", port, logs),
            TestContext.Current.CancellationToken));

        Assert.Contains("exited with code 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot open the data folder", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot open the data folder", await File.ReadAllTextAsync(Path.Combine(logs.Path, "child.log"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_process_that_never_listens_times_out_and_is_stopped()
    {
        var port = FreePort.Pick();
        using var logs = new TemporaryFolder();
        var options = Node("console.log('own pid:' + process.pid); setInterval(() => {}, 1000)", port, logs) with
        {
            StartTimeout = TimeSpan.FromSeconds(1),
        };

        var error = await Assert.ThrowsAsync<DevStackException>(() => ManagedProcess.StartAsync(options, TestContext.Current.CancellationToken));

        Assert.Contains("did not accept connections", error.Message, StringComparison.Ordinal);
        var pid = PrintedPid(error.Message, "own pid:");
        Assert.False(IsRunning(pid));
    }

    [Fact]
    public async Task Stopping_ends_the_whole_process_tree()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = FreePort.Pick();
        using var logs = new TemporaryFolder();
        const string script = """
            const child = require('child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
            child.on('exit', () => process.exit(1));
            console.log('child pid:' + child.pid);
            require('net').createServer().listen(Number(process.argv[1]), '127.0.0.1');
            """;

        var process = await ManagedProcess.StartAsync(Node(script, port, logs), ct);
        var childPid = PrintedPid(process.LogTail(), "child pid:");
        var parentPid = process.ProcessId;
        Assert.True(IsRunning(childPid));

        await process.StopAsync(ct);

        Assert.False(IsRunning(parentPid));
        Assert.False(IsRunning(childPid));
        Assert.False(FreePort.IsInUse(port));
    }

    [Fact]
    public async Task A_graceful_stop_lets_the_process_end_itself()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = FreePort.Pick();
        using var logs = new TemporaryFolder();
        const string script = """
            const server = require('net').createServer().listen(Number(process.argv[1]), '127.0.0.1');
            process.on('SIGTERM', () => { console.log('closing cleanly'); server.close(() => process.exit(0)); });
            """;
        var options = Node(script, port, logs) with { StopGracefully = true };

        var process = await ManagedProcess.StartAsync(options, ct);
        await process.DisposeAsync();

        Assert.Contains("closing cleanly", await File.ReadAllTextAsync(Path.Combine(logs.Path, "child.log"), ct), StringComparison.Ordinal);
        Assert.Contains("exit code 0", await File.ReadAllTextAsync(Path.Combine(logs.Path, "child.log"), ct), StringComparison.Ordinal);
    }

    private static ManagedProcessOptions Node(string script, int port, TemporaryFolder logs) => new()
    {
        Name = "child",
        FileName = Executables.Node(),
        Arguments = ["-e", script, port.ToString(CultureInfo.InvariantCulture)],
        LogFile = Path.Combine(logs.Path, "child.log"),
        ReadyPorts = [port],
        StartTimeout = TimeSpan.FromSeconds(20),
    };

    private static int PrintedPid(string output, string label) =>
        int.Parse(Regex.Match(output, "^" + Regex.Escape(label) + @"(\d+)\s*$", RegexOptions.Multiline).Groups[1].Value, CultureInfo.InvariantCulture);

    private static bool IsRunning(int pid)
    {
        // An ended process whose parent has not collected it yet shows as a zombie ("Z") in /proc.
        var stat = $"/proc/{pid}/stat";
        if (OperatingSystem.IsLinux())
        {
            try
            {
                var fields = File.ReadAllText(stat);
                var state = fields[(fields.LastIndexOf(')') + 2)..].Split(' ')[0];
                return state is not ("Z" or "X");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
