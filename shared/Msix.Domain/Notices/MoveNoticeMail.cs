using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Msix.Domain.Notices;

/// <summary>
/// Renders a move notice's email from the templates in <c>Notices/Templates</c> (subject, plain text, HTML,
/// one headline per kind), which a State can read and review. The mail carries the MSIX ID, the child's
/// first name and last initial, the States and the date, and a link to the record: never the birth date, the
/// full name or the parents' names.
/// </summary>
public static class MoveNoticeMail
{
    private static readonly string Subject = Template("subject.txt").Trim();
    private static readonly string Text = Template("body.txt");
    private static readonly string Html = Template("body.html");
    private static readonly Dictionary<string, string> Headlines = Template("headlines.txt")
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => line.Split('=', 2))
        .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);

    /// <summary>The Message-ID of the notice's mail to <paramref name="email"/>: the same on every attempt.</summary>
    public static string MessageIdOf(string noticeId, string email, string domain) =>
        $"{noticeId}.{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())))[..16]}@{domain}";

    public static OutgoingMail Render(MoveNotice notice, string firstName, string lastName, NoticeContact contact, NoticeOptions options)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(firstName);
        ArgumentNullException.ThrowIfNull(lastName);
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(options);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ContactName"] = contact.Name,
            ["MsixId"] = notice.MsixId,
            ["FirstName"] = firstName.Trim(),
            ["LastInitial"] = lastName.Trim() is { Length: > 0 } last ? last[..1].ToUpperInvariant() : "",
            ["FromState"] = notice.FromState,
            ["ToState"] = notice.ToState ?? "not known",
            ["MoveDate"] = notice.MoveDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["ReceivingState"] = notice.ReceivingState,
            ["RecordUrl"] = options.RecordBaseUrl.TrimEnd('/') + "/" + notice.MsixId,
        };
        values["Headline"] = Fill(Headlines[notice.Kind.ToString()], values, encode: false);
        var withEncodedHeadline = new Dictionary<string, string>(values, StringComparer.Ordinal) { ["Headline"] = Fill(Headlines[notice.Kind.ToString()], values, encode: true) };
        return new OutgoingMail(
            MessageIdOf(notice.Id, contact.Email, options.MessageIdDomain),
            contact.Email,
            contact.Name,
            Fill(Subject, values, encode: false),
            Fill(Text, values, encode: false),
            FillEncodedHtml(Html, values, withEncodedHeadline));
    }

    private static string FillEncodedHtml(string template, Dictionary<string, string> values, Dictionary<string, string> withEncodedHeadline)
    {
        var result = template;
        foreach (var (key, value) in values)
        {
            result = result.Replace("{{" + key + "}}", key == "Headline" ? withEncodedHeadline[key] : WebUtility.HtmlEncode(value), StringComparison.Ordinal);
        }

        return result;
    }

    private static string Fill(string template, Dictionary<string, string> values, bool encode)
    {
        var result = template;
        foreach (var (key, value) in values)
        {
            result = result.Replace("{{" + key + "}}", encode ? WebUtility.HtmlEncode(value) : value, StringComparison.Ordinal);
        }

        return result;
    }

    private static string Template(string name)
    {
        using var stream = typeof(MoveNoticeMail).Assembly.GetManifestResourceStream($"Msix.Domain.Notices.Templates.{name}")
            ?? throw new InvalidOperationException($"The move-notice template {name} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
