using System.Reflection;
using System.Runtime.Serialization;
using Safeguarding.Web.Api.Programme;

namespace Safeguarding.Web.Staff;

/// <summary>England's regions as the Programme API names them (its document's vocabulary), in the words people use.</summary>
public static class RegionText
{
    private static readonly string[] Small = ["and", "the", "of"];

    public static readonly IReadOnlyList<(string Value, string Text)> Regions =
    [
        .. typeof(SetRegionRegion).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => field.GetCustomAttribute<EnumMemberAttribute>()!.Value!)
            .Select(value => (value, Named(value))),
    ];

    /// <summary>north-west reads "North West"; yorkshire-and-the-humber "Yorkshire and the Humber".</summary>
    public static string Named(string region) =>
        string.Join(' ', region.Split('-').Select(word => Small.Contains(word) ? word : char.ToUpperInvariant(word[0]) + word[1..]));
}
