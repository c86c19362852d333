namespace Safeguarding.Web.Components.Charts;

/// <summary>One bar: what it is, its size, how its value reads, and its colour class (app-chart__bar--...).</summary>
public sealed record ChartBar(string Label, double Value, string Display, string? Tone = null);
