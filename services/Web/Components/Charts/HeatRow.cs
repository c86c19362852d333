namespace Safeguarding.Web.Components.Charts;

/// <summary>A score as the heat map shows it: level 1 (weakest, red) to 4 (strongest, green), none for no score.</summary>
public sealed record HeatCell(int? Level, string Abbreviation, string Text);

public sealed record HeatRow(string Name, IReadOnlyList<HeatCell> Cells);
