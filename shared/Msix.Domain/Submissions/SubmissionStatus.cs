using System.Text.Json.Serialization;

namespace Msix.Domain.Submissions;

/// <summary>Where a submission is in its processing.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SubmissionStatus>))]
public enum SubmissionStatus
{
    /// <summary>Uploaded over HTTP; the drop zone has it and processing will start.</summary>
    [JsonStringEnumMemberName("received")]
    Received,

    /// <summary>Being read and stored; a crash here is resumed by redelivery.</summary>
    [JsonStringEnumMemberName("processing")]
    Processing,

    /// <summary>Done; the receipt is written.</summary>
    [JsonStringEnumMemberName("completed")]
    Completed,
}
