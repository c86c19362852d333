namespace Safeguarding.Programme.Programmes;

public sealed record ChangedItem(ProgrammeItem Before, ProgrammeItem After);

/// <summary>What changed between two published versions of a programme, item by item.</summary>
public sealed record ProgrammeDiff(int From, int To, IReadOnlyList<ProgrammeItem> Added, IReadOnlyList<ProgrammeItem> Removed, IReadOnlyList<ChangedItem> Changed)
{
    public static ProgrammeDiff Between(PublishedVersion from, PublishedVersion to) =>
        new(
            from.Number,
            to.Number,
            [.. to.Items.Where(i => from.Items.All(f => f.ItemId != i.ItemId))],
            [.. from.Items.Where(f => to.Items.All(i => i.ItemId != f.ItemId))],
            [
                .. from.Items.Join(to.Items, f => f.ItemId, t => t.ItemId, (f, t) => new ChangedItem(f, t))
                    .Where(c => !Same(c.Before, c.After)),
            ]);

    // Records compare lists by reference, so the categories are compared by content here.
    private static bool Same(ProgrammeItem a, ProgrammeItem b) =>
        a with { Categories = [] } == b with { Categories = [] } && a.Categories.SequenceEqual(b.Categories);
}
