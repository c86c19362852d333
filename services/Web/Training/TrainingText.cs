using System.Globalization;
using Safeguarding.Web.Components.Charts;

namespace Safeguarding.Web.Training;

/// <summary>How training kinds and feedback read, and the feedback charts.</summary>
public static class TrainingText
{
    public static readonly IReadOnlyList<(string Value, string Text)> Kinds = Staff.Choices.Of<Contracts.TrainingKind>(Staff.Words.Of);

    public static readonly IReadOnlyList<(string Value, string Text)> Ratings =
        [("5", "5 - very useful"), ("4", "4"), ("3", "3"), ("2", "2"), ("1", "1 - not useful")];

    public static string Rating(double? rating) => rating is { } r ? $"{r.ToString("0.0", CultureInfo.InvariantCulture)} out of 5" : "No feedback yet";

    public static IReadOnlyList<ChartBar> AverageRatings(IEnumerable<ProgrammeLineDto> events) =>
    [
        .. events.Where(e => e.AverageRating is not null)
            .Select(e => new ChartBar($"{e.Topic} ({Staff.Dates.Written(e.Date)})", e.AverageRating!.Value, Rating(e.AverageRating), e.AverageRating >= 4 ? "good" : e.AverageRating < 3 ? "bad" : null)),
    ];

    public static IReadOnlyList<ChartBar> RatingCounts(IEnumerable<FeedbackDto> feedback) =>
    [
        .. Enumerable.Range(1, 5).Reverse().Select(rating =>
        {
            var count = feedback.Count(f => f.Rating == rating);
            return new ChartBar($"Rated {rating}", count, Reports.Figures.Count(count, "person", "people"));
        }),
    ];
}
