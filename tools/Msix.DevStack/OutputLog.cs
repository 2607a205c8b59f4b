using System.Globalization;

namespace Msix.DevStack;

/// <summary>A child process's output: every line to a log file, and the last lines kept for error messages.</summary>
internal sealed class OutputLog : IDisposable
{
    private const int TailLines = 40;
    private readonly Lock _lock = new();
    private readonly Queue<string> _tail = new();
    private readonly StreamWriter _writer;
    private bool _disposed;

    public OutputLog(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _writer = new StreamWriter(new FileStream(Path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            AutoFlush = true,
        };
    }

    public string Path { get; }

    public void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            _tail.Enqueue(line);
            while (_tail.Count > TailLines)
            {
                _tail.Dequeue();
            }

            if (!_disposed)
            {
                _writer.WriteLine(line);
            }
        }
    }

    public void Note(string message) =>
        Write(string.Create(CultureInfo.InvariantCulture, $"[{DateTimeOffset.Now:HH:mm:ss.fff}] {message}"));

    /// <summary>The last lines written, for a message that says why a service did not start.</summary>
    public string Tail()
    {
        lock (_lock)
        {
            return _tail.Count == 0 ? "(no output)" : string.Join(System.Environment.NewLine, _tail);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (!_disposed)
            {
                _disposed = true;
                _writer.Dispose();
            }
        }
    }
}
