namespace Msix.Domain.Notices;

/// <summary>The message on the notify queue: email this notice to its receiving State's contacts.</summary>
public sealed record NoticeMessage(string NoticeId);
