using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Msix.DevStack;

/// <summary>
/// A local service running as a child process: output to a log file, started once its ports accept
/// connections, and stopped with its whole process tree so that nothing is left running.
/// </summary>
public sealed class ManagedProcess : IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan ExitWait = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan ChildCollectWait = TimeSpan.FromSeconds(3);

    private readonly Process _process;
    private readonly OutputLog _log;
    private readonly ManagedProcessOptions _options;
    private readonly SemaphoreSlim _stopGate = new(1, 1);
    private bool _stopped;
    private int _disposed;

    private ManagedProcess(Process process, OutputLog log, ManagedProcessOptions options)
    {
        _process = process;
        _log = log;
        _options = options;
        AppDomain.CurrentDomain.ProcessExit += OnHostExit;
    }

    public string Name => _options.Name;

    public int ProcessId { get; private init; }

    public string LogFile => _log.Path;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the process printed.</summary>
    public string LogTail() => _log.Tail();

    /// <summary>Starts the process and waits until every ready port accepts a connection.</summary>
    /// <exception cref="DevStackException">It could not start, exited first, or was not ready in time; the message holds the end of its log.</exception>
    public static async Task<ManagedProcess> StartAsync(ManagedProcessOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var start = new ProcessStartInfo(options.FileName)
        {
            WorkingDirectory = options.WorkingDirectory ?? Directory.GetCurrentDirectory(),
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in options.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in options.Environment)
        {
            start.Environment[name] = value;
        }

        var log = new OutputLog(options.LogFile);
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => log.Write(e.Data);
        process.ErrorDataReceived += (_, e) => log.Write(e.Data);
        try
        {
            log.Note($"starting {options.Name}: {options.FileName} {string.Join(' ', options.Arguments)}");
            if (!process.Start())
            {
                throw new DevStackException($"Could not start {options.Name} ({options.FileName}).");
            }
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            process.Dispose();
            log.Dispose();
            throw new DevStackException($"Could not start {options.Name} ({options.FileName}): {e.Message}", e);
        }

        if (!options.HoldStandardInput)
        {
            process.StandardInput.Close();
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var managed = new ManagedProcess(process, log, options) { ProcessId = process.Id };
        try
        {
            await managed.WaitUntilReadyAsync(cancellationToken);
            log.Note($"{options.Name} is ready");
            return managed;
        }
        catch
        {
            await managed.StopAsync(CancellationToken.None);
            throw;
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var waiting = new List<int>(_options.ReadyPorts);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = waiting.Count - 1; i >= 0; i--)
            {
                if (await AcceptsConnectionsAsync(waiting[i], cancellationToken))
                {
                    waiting.RemoveAt(i);
                }
            }

            if (waiting.Count == 0)
            {
                return;
            }

            if (_process.HasExited)
            {
                // Let the last lines of output arrive before quoting them.
                await _process.WaitForExitAsync(cancellationToken);
                throw new DevStackException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Name} exited with code {_process.ExitCode} before it accepted connections on port {waiting[0]}. The end of {LogFile}:{Environment.NewLine}{_log.Tail()}"));
            }

            if (clock.Elapsed > _options.StartTimeout)
            {
                throw new DevStackException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Name} did not accept connections on port {waiting[0]} within {_options.StartTimeout.TotalSeconds:0} s. The end of {LogFile}:{Environment.NewLine}{_log.Tail()}"));
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient(AddressFamily.InterNetwork);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(1));
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Stops the process and every process it started, and waits until they are gone.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopGate.WaitAsync(cancellationToken);
        try
        {
            if (_stopped)
            {
                return;
            }

            if (!_process.HasExited && _options.StopGracefully && !OperatingSystem.IsWindows())
            {
                _log.Note($"asking {Name} to stop");
                await AskToStopAsync(cancellationToken);
                using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                grace.CancelAfter(_options.GracefulStopTimeout);
                try
                {
                    await _process.WaitForExitAsync(grace.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // Not gone in time: killed below.
                }
            }

            if (!_process.HasExited && KillChildren() > 0)
            {
                // A parent whose children ended usually collects them and ends too; then no ended child is
                // left for the system to collect.
                using var collect = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                collect.CancelAfter(ChildCollectWait);
                try
                {
                    await _process.WaitForExitAsync(collect.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // Still running: killed below.
                }
            }

            KillTree();
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(ExitWait);
            await _process.WaitForExitAsync(wait.Token);
            Release();
        }
        finally
        {
            _stopGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await StopAsync(CancellationToken.None);
            _stopGate.Dispose();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _stopGate.Wait();
        try
        {
            if (!_stopped)
            {
                KillTree();
                _process.WaitForExit(ExitWait);
                Release();
            }
        }
        finally
        {
            _stopGate.Release();
        }

        _stopGate.Dispose();
    }

    // .NET sends only SIGKILL; the kill command sends SIGTERM, which lets a service save its data and close.
    private async Task AskToStopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CommandRunner.RunAsync("kill", ["-TERM", ProcessId.ToString(CultureInfo.InvariantCulture)], Path.GetTempPath(), cancellationToken);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No kill command here: the process is killed outright instead.
        }
    }

    // Kills each child's tree, leaving this process to collect them; returns how many there were.
    private int KillChildren()
    {
        var children = ChildProcessIds(ProcessId);
        foreach (var child in children)
        {
            try
            {
                using var process = Process.GetProcessById(child);
                process.Kill(entireProcessTree: true);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }
        }

        return children.Count;
    }

    private static List<int> ChildProcessIds(int parentId)
    {
        var children = new List<int>();
        if (!OperatingSystem.IsLinux())
        {
            return children;
        }

        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            try
            {
                // /proc/<id>/stat: "<id> (<name>) <state> <parent id> ..."; the name may hold spaces and parentheses.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent) && parent == parentId)
                {
                    children.Add(id);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while being looked at.
            }
        }

        return children;
    }

    private void KillTree()
    {
        try
        {
            // Also ends what the process started (dotnet tool run starts the tool as a child).
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has already exited.
        }
    }

    private void Release()
    {
        _stopped = true;
        AppDomain.CurrentDomain.ProcessExit -= OnHostExit;
        _log.Note(_process.HasExited
            ? string.Create(CultureInfo.InvariantCulture, $"{Name} stopped (exit code {_process.ExitCode})")
            : $"{Name} stopped");
        _process.Dispose();
        _log.Dispose();
    }

    // A safety net for a host that ends without disposing its services: none of them may outlive it.
    private void OnHostExit(object? sender, EventArgs e) => KillTree();
}
