using System.Text;
using Safeguarding.EventSourcing.Access;
using Safeguarding.Web.Privacy;

namespace Safeguarding.Web.Tests;

public sealed class AccessRecordTests
{
    private static readonly DateOnly Today = new(2027, 3, 31);

    [Fact]
    public void Unasked_the_period_is_the_last_30_days_and_each_service_is_asked_for_whole_uk_days()
    {
        var (query, errors) = AccessQuery.Parse(null, null, null, null, Today);

        Assert.Empty(errors);
        Assert.Equal((new DateOnly(2027, 3, 1), Today), (query!.From, query.To));
        // 31 March is summer time: the day runs from 23:00 UTC on the 30th; 1 March is winter time.
        Assert.Equal(
            "from=2027-03-01T00%3A00%3A00.0000000%2B00%3A00&to=2027-03-31T23%3A59%3A59.9999999%2B01%3A00",
            query.QueryString(forServices: true));
    }

    [Theory]
    [InlineData("2027-02-30", null, null, null, "from")]
    [InlineData("2027-03-02", "2027-03-01", null, null, "from")]
    [InlineData("2025-01-01", "2027-03-01", null, null, "from")]
    [InlineData(null, "03/01/2027", null, null, "to")]
    [InlineData(null, null, null, "SH-2027-001", "record")]
    public void A_query_the_logs_cannot_answer_is_refused_naming_its_field(string? from, string? to, string? person, string? record, string field)
    {
        var (query, errors) = AccessQuery.Parse(from, to, person, record, Today);

        Assert.Null(query);
        Assert.Equal([field], errors.Keys);
    }

    [Fact]
    public void A_log_that_answered_its_most_entries_is_named_as_cut_short()
    {
        Assert.Equal(AccessLog.MaxEntries, AccessRecord.MostPerLog);
        Assert.Equal(["Audits", AccessRecord.Accounts], AccessRecord.Cut([("Audits", 1000), ("Reviews and learning", 999), ("Messages", null), (AccessRecord.Accounts, 1000)]));
    }

    [Fact]
    public void A_person_and_a_record_narrow_every_log_and_the_export_link_asks_the_same()
    {
        var record = Guid.NewGuid();
        var (query, _) = AccessQuery.Parse("2027-03-01", "2027-03-02", " test-coordinator ", record.ToString(), Today);

        Assert.EndsWith($"&subject=test-coordinator&recordId={record}", query!.QueryString(forServices: true), StringComparison.Ordinal);
        Assert.Equal($"from=2027-03-01&to=2027-03-02&person=test-coordinator&record={record}", query.QueryString(forServices: false));
        Assert.Equal(query, AccessQuery.Parse("2027-03-01", "2027-03-02", "test-coordinator", record.ToString(), Today).Query);
    }

    [Fact]
    public void The_spreadsheet_has_a_row_per_entry_and_no_cell_a_spreadsheet_would_run_as_a_formula()
    {
        var read = new Safeguarding.Web.Api.Audit.RecordRead
        {
            Kind = "audit",
            Path = "/api/audits/1",
            Subject = "=HYPERLINK(\"http://x\")",
            Roles = ["coordinator"],
            At = new DateTimeOffset(2027, 3, 1, 9, 30, 0, TimeSpan.Zero),
            Refused = true,
            Name = "Ann Reader",
        };
        var account = new Safeguarding.Web.Api.Identity.SecurityEvent { Kind = "SignedIn", Subject = "u1", SubjectName = "ann@example.org", Actor = "u1", At = read.At };

        var lines = Encoding.UTF8.GetString(AccessRecord.Csv(new AccessAnswer([new("Audits", read)], [account], []))).TrimStart('\uFEFF').Split("\r\n");

        Assert.Equal(
            [
                "At (UTC),Service,What,Outcome,Person,Name,Roles,Organisation,Address,Records,From",
                "\"2027-03-01 09:30:00\",\"Audits\",\"audit\",\"refused\",\"'=HYPERLINK(\"\"http://x\"\")\",\"Ann Reader\",\"coordinator\",\"\",\"/api/audits/1\",\"\",\"\"",
                "\"2027-03-01 09:30:00\",\"Accounts and sign-ins\",\"SignedIn\",\"\",\"u1\",\"\",\"\",\"\",\"\",\"u1 ann@example.org\",\"\"",
                "",
            ],
            lines);
    }
}
