namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// A problem with the submission file as a whole, found while reading it (a zip that expands too far or is
/// corrupt). The reader turns it into a file-level error; it never leaves the reader. The message names no
/// personal data.
/// </summary>
internal sealed class SubmissionFileException : Exception
{
    public SubmissionFileException()
    {
        Code = ErrorCodes.ZipCorrupt;
    }

    public SubmissionFileException(string message)
        : base(message)
    {
        Code = ErrorCodes.ZipCorrupt;
    }

    public SubmissionFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErrorCodes.ZipCorrupt;
    }

    public SubmissionFileException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    public string Code { get; }
}
