using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Msix.Integration.Tests.Hosts;

/// <summary>The log of one in-process host, kept in memory: tests read it, and show its end when a wait times out.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    /// <summary>The last entries, one a line, for a failure message (without the storage SDK's many expected 404s).</summary>
    public string Tail(int count = 60) =>
        string.Join(Environment.NewLine, _entries.Where(e => e.Category != "Azure.Core").TakeLast(count).Select(e => $"{e.Level} {e.Category}: {e.Message}{(e.Exception is null ? "" : " | " + e.Exception)}"));

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception?.GetType().Name));
        }
    }
}

/// <summary>One log entry: its category, level, formatted message and the type of its exception, if any.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message, string? Exception);
