using System.Security.Cryptography;
using System.Text;

namespace Safeguarding.ServiceDefaults;

/// <summary>
/// Name-based (RFC 9562 version 5) identifiers: the same name always gives the same id, so a natural key
/// (a partnership's programme for a year) becomes a stream id that Marten refuses to create twice.
/// </summary>
public static class DeterministicGuid
{
    private static readonly Guid Namespace = new("5b6d1c2e-8a51-4f0e-9b7a-3c1e2f4d6a80");

    public static Guid Create(params string[] nameParts)
    {
        var name = Encoding.UTF8.GetBytes(string.Join('/', nameParts));
        var namespaceBytes = Namespace.ToByteArray(bigEndian: true);
#pragma warning disable CA5350 // RFC 9562 defines version 5 on SHA-1; it names records, it protects nothing.
        var hash = SHA1.HashData([.. namespaceBytes, .. name]);
#pragma warning restore CA5350
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
