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
}
