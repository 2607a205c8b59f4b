namespace Msix.Domain.Tests.Reading;

/// <summary>A clock that always says the same time, so date rules are tested against a known "now".</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
