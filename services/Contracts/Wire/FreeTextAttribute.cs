namespace Safeguarding.Contracts;

/// <summary>
/// Words written for people to read (a summary, a reason, a name): shown as they are and never compared, grouped or
/// parsed by another service. Every other text an integration event carries is a typed key or an enum.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class FreeTextAttribute : Attribute;
