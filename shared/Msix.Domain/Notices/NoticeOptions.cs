using System.ComponentModel.DataAnnotations;

namespace Msix.Domain.Notices;

/// <summary>Move-notice settings. Bound from <c>Msix:Notices</c>.</summary>
public sealed class NoticeOptions
{
    public const string Section = "Msix:Notices";

    /// <summary>The address of a child's record in the mail: this, then the MSIX ID.</summary>
    [Required]
    public string RecordBaseUrl { get; set; } = "http://localhost:7071/api/students/";

    /// <summary>The domain of the Message-IDs of notice mails.</summary>
    [Required]
    public string MessageIdDomain { get; set; } = "notices.msix.local";
}
