using Microsoft.AspNetCore.Http;
using Msix.Domain;
using Msix.Domain.Identity;
using Msix.Domain.Records;

namespace Msix.Api;

/// <summary>The consolidated record of a child.</summary>
public static class StudentsApi
{
    /// <summary>GET /api/students/{msixId}</summary>
    public static async Task<IResult> GetStudentAsync(string msixId, StudentRecordReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (!MsixId.IsValid(msixId))
        {
            return Problems.BadMsixId("msixId");
        }

        var record = await reader.GetAsync(msixId, cancellationToken);
        return record is null
            ? Problems.NotFound($"No State holds a record of a child with MSIX ID {msixId}.")
            : Results.Json(record, MsixJson.Options);
    }
}
