using Safeguarding.Learning.Actions;
using Safeguarding.Learning.Reviews;
using Safeguarding.Testing;

namespace Safeguarding.Learning.Tests;

/// <summary>A refactored event never changes what the history API calls it: each has a public name, declared once.</summary>
public class HistoryNamesTests
{
    [Fact]
    public void Every_event_of_an_action_and_of_a_review_has_a_public_name_in_its_history()
    {
        Assert.Empty(HistoryNames.Unnamed(ActionHistory.Vocabulary));
        Assert.Empty(HistoryNames.Unnamed(ReviewHistory.Vocabulary));
    }
}
