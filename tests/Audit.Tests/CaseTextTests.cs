using Safeguarding.Audit.Audits;
using Safeguarding.Audit.Tools;
using Safeguarding.ServiceDefaults.Validation;
using Safeguarding.Testing.Producers;

namespace Safeguarding.Audit.Tests;

/// <summary>Free text about a case is refused when it holds what could identify the child or family (issue 22, item 5).</summary>
public class CaseTextTests
{
    [Theory]
    [InlineData("The family moved to WA10 1HF in the spring.", "a UK postcode")]
    [InlineData("Home visits at 12 Acacia Avenue were missed.", "the first line of an address")]
    [InlineData("Health records under 943 476 5919 show no contact.", "an NHS number")]
    [InlineData("Mother can be reached on 07700 900123.", "a phone number")]
    [InlineData("Call the school on 01744 456789 for records.", "a phone number")]
    [InlineData("Emails from mum.smith@example.com were not answered.", "an e-mail address")]
    public void What_could_identify_a_child_or_family_is_found_by_its_kind(string text, string kind) =>
        Assert.Equal([kind], CaseTextAttribute.Found(text));

    [Theory]
    [InlineData("Three strategy discussions were held in Q2 2027; the Y6 2nd term review was late.")]
    [InlineData("Risk was reviewed every 3 months, 12 times in total, with 943 contacts logged and 10 agencies at 4 meetings.")]
    [InlineData("Section 47 enquiries started within 24 hours in 9 of 10 cases (90%).")]
    [InlineData("Ten digits that fail the check: 943 476 5910.")]
    public void Ordinary_prose_with_numbers_is_accepted(string text) =>
        Assert.Empty(CaseTextAttribute.Found(text));

    [Fact]
    public void An_NHS_number_is_ten_digits_with_a_valid_modulus_11_check_digit()
    {
        Assert.True(CaseTextAttribute.IsNhsNumber("9434765919"));
        Assert.False(CaseTextAttribute.IsNhsNumber("9434765918"));
        Assert.False(CaseTextAttribute.IsNhsNumber("943476591"));
    }

    [Fact]
    public void A_return_naming_a_postcode_in_an_answer_is_refused_at_that_field_and_the_value_is_not_repeated()
    {
        var whole = CompleteReturns.For(BuiltInTools.GeneralCaseAudit, "good");
        var answers = whole.Answers!.ToList();
        var at = answers.FindIndex(a => a.QuestionKey == "history-informs-work");
        answers[at] = answers[at] with { Value = "Known at WA10 1HF since 2019." };

        var errors = ReturnRules.Validate(whole with { Answers = answers }, BuiltInTools.GeneralCaseAudit).ToDictionary();

        var message = Assert.Single(errors[$"answers[{at}].value"]);
        Assert.StartsWith($"answers[{at}].value looks like it holds a UK postcode.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("WA10", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recommendation_naming_a_phone_number_is_refused_at_that_entry_of_the_list()
    {
        var report = new DraftReport("Summary of the audit.", "What the panel found.", ["Share plans within 48 hours.", "Call the duty desk on 01744 676767."]);

        var errors = new ValidationErrors().Check(report).ToDictionary();

        Assert.Equal(["recommendations[1]"], errors.Keys);
        Assert.StartsWith("recommendations[1] looks like it holds a phone number.", Assert.Single(errors["recommendations[1]"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Born 12/03/2015 and known since.", "2015-03-12")]
    [InlineData("Seen on 12.03.15 by the school nurse.", "2015-03-12")]
    [InlineData("An infant born 03/09/2024.", "2024-09-03")]
    [InlineData("The plan of 2027-01-04 was reviewed.", "2027-01-04")]
    [InlineData("On the 4th of January 2027 the plan ended.", "2027-01-04")]
    [InlineData("Reviewed March 12, 2015 and again later.", "2015-03-12")]
    [InlineData("In Q2 2027, 3 of 4 visits happened; a 12/2026 review; 31/02/2027 is no date.", null)]
    public void Full_dates_are_read_however_they_are_written_and_only_full_dates(string text, string? date) =>
        Assert.Equal(date is null ? [] : [DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)], CaseDates.In(text));

    [Fact]
    public void A_return_dating_something_outside_the_audits_look_back_is_refused_and_inside_it_is_accepted()
    {
        var whole = CompleteReturns.For(BuiltInTools.GeneralCaseAudit, "good");
        var period = (new DateOnly(2026, 1, 10), new DateOnly(2027, 3, 31));
        var inside = whole with { Evidence = "Strategy discussion held on 14/06/2026; plan reviewed 2 February 2027." };
        var outside = whole with { Evidence = "Child born 12/03/2015, known to early help since." };

        Assert.True(ReturnRules.Validate(inside, BuiltInTools.GeneralCaseAudit, period: period).IsValid);
        Assert.Equal(
            ["evidence holds a full date outside the audit's look-back period (10 January 2026 to 31 March 2027), which could be a date of birth. Write the child's age, or the month and year, instead."],
            ReturnRules.Validate(outside, BuiltInTools.GeneralCaseAudit, period: period).ToDictionary()["evidence"]);
    }
}
