namespace Safeguarding.Reporting.Board;

/// <summary>A labelled figure as the Board sees it: already anonymised (small numbers shown as "&lt;5").</summary>
public sealed record Figure(string Label, string Value);

/// <summary>A bar chart: each bar's length is its value; its label says what it is and its text what to print beside it.</summary>
public sealed record Chart(string Title, IReadOnlyList<Bar> Bars, double Maximum);

public sealed record Bar(string Label, double Value, string Text);

public sealed record ReportSection(string Heading, string Summary, IReadOnlyList<Figure> Figures, Chart? Chart = null);

/// <summary>The Board's report for a year: the same content whichever format it is downloaded in.</summary>
public sealed record BoardReport(string Title, string Partnership, int Year, DateOnly Produced, IReadOnlyList<ReportSection> Sections);
