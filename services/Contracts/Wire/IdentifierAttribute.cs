namespace Safeguarding.Contracts;

/// <summary>
/// An opaque identifier issued elsewhere (a partnership's tenant id, a token's subject, a source's reference):
/// compared only as a whole, never parsed, grouped by its parts or shown as a label.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class IdentifierAttribute : Attribute;
