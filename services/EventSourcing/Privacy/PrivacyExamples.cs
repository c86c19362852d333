using Safeguarding.Contracts.Privacy;
using Safeguarding.EventSourcing.Retention;

namespace Safeguarding.EventSourcing.Privacy;

/// <summary>A worked example of each data protection request every service accepts, for its OpenAPI document.</summary>
public static class PrivacyExamples
{
    public static readonly IReadOnlyList<object> All =
    [
        new SubjectAccessRequest("SH-2027-103"),
        new StaffSubjectAccessRequest("5f0c2a7e-3b1d-4c8e-9a6f-2d7b1e4c9a30"),
        new EraseDueRecords(RecordKind.AccessLogs, new DateOnly(2024, 12, 1)),
    ];
}
