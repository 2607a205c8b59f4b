using Msix.Domain.Mde;
using Msix.Domain.Submissions;
using Msix.Domain.Submissions.Reading;

namespace Msix.Domain.Tests.Reading;

/// <summary>What one read of a test submission gave: the children, the errors and the counts.</summary>
internal sealed record ReadResult(IReadOnlyList<AssembledChild> Children, IReadOnlyList<SubmissionError> Errors, ReadProgress Progress, bool HasFileError)
{
    public IReadOnlyList<ChildRecord> Accepted => [.. Children.Where(c => c.Record is not null).Select(c => c.Record!)];

    public IReadOnlyList<string> Codes => [.. Errors.Select(e => e.Code)];

    public ChildRecord Single()
    {
        Assert.Empty(Errors);
        return Assert.Single(Accepted);
    }

    /// <summary>The one error, which must have the given code.</summary>
    public SubmissionError SingleError(string code)
    {
        var error = Assert.Single(Errors);
        Assert.Equal(code, error.Code);
        return error;
    }

    /// <summary>The one child, which must be rejected, and its one error with the given code.</summary>
    public SubmissionError Rejected(string code)
    {
        var child = Assert.Single(Children);
        Assert.Null(child.Record);
        return SingleError(code);
    }

    /// <summary>A file-level error with the given code, and nothing yielded.</summary>
    public SubmissionError FileError(string code)
    {
        Assert.True(HasFileError);
        Assert.Empty(Children);
        var error = Assert.Single(Errors, e => e.Code == code);
        Assert.Equal(0, error.Row);
        return error;
    }
}
