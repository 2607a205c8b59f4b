using System.Globalization;
using System.Text;

namespace Msix.Domain.Tests.Support;

/// <summary>Text as a State's system or a person at a keyboard may change it.</summary>
internal static class TestText
{
    /// <summary>The text with its accents dropped ("Núñez" to "Nunez").</summary>
    public static string WithoutAccents(string text) =>
        new string([.. text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)])
            .Normalize(NormalizationForm.FormC);
}
