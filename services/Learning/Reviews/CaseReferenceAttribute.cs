using System.ComponentModel.DataAnnotations;

namespace Safeguarding.Learning.Reviews;

/// <summary>A review names its case by the partnership's pseudonymous key, never by anything that identifies the child.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class CaseReferenceAttribute : RegularExpressionAttribute
{
    public CaseReferenceAttribute()
        : base("^[A-Za-z0-9][A-Za-z0-9/-]{0,39}$") =>
        ErrorMessage = "{0} is the partnership's pseudonymous case key (letters, digits, - and /; up to 40), never a name.";
}
