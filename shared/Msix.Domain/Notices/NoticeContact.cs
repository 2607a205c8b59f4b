namespace Msix.Domain.Notices;

/// <summary>A person of a State who receives its move notices by email.</summary>
/// <param name="Notices">Which kinds of notice they want (all when empty).</param>
public sealed record NoticeContact(string Name, string Email, IReadOnlyList<MoveNoticeKind> Notices);
