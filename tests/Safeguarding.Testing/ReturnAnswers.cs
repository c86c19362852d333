namespace Safeguarding.Testing;

/// <summary>
/// The answer a whole return gives a question of each answer type (named as the API documents write it), so every
/// test that submits (through the service, the gateway or a generated partner client) answers alike.
/// </summary>
public static class ReturnAnswers
{
    public static string For(string answerType, string grade, string text) => answerType switch
    {
        "Grade" => grade,
        "YesNoNotApplicable" => "yes",
        "Number" => "2",
        "Date" => "2026-09-01",
        _ => text,
    };
}
