using System.IO.Compression;
using System.Text.Unicode;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Section11.Evidence;

/// <summary>An accepted kind of evidence file: its declared type, the extensions it may carry, and how its content proves it.</summary>
public sealed record EvidenceFileType(string ContentType, IReadOnlyList<string> Extensions, Func<Stream, bool> ContentMatches);

/// <summary>Evidence files are limited in size and type, and their content must be what their declared type says.</summary>
public static class EvidenceFileRules
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The file and the multipart form around it.</summary>
    public const long MaxUploadBytes = MaxBytes + (1024 * 1024);
    public const int MaxFileNameLength = 200;

    public static readonly IReadOnlyList<EvidenceFileType> Accepted =
    [
        new("application/pdf", [".pdf"], s => StartsWith(s, "%PDF-"u8)),
        new("image/png", [".png"], s => StartsWith(s, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
        new("image/jpeg", [".jpg", ".jpeg"], s => StartsWith(s, [0xFF, 0xD8, 0xFF])),
        new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"], s => ZipHolds(s, "word/document.xml")),
        new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"], s => ZipHolds(s, "xl/workbook.xml")),
        new("text/plain", [".txt"], IsUtf8Text),
        new("text/csv", [".csv"], IsUtf8Text),
    ];

    /// <summary>Checks one upload; the content stream must be seekable, and is left at its start.</summary>
    public static ValidationErrors Check(string? fileName, string? contentType, Stream content)
    {
        var name = Path.GetFileName(fileName ?? "");
        var type = Accepted.FirstOrDefault(t => string.Equals(t.ContentType, contentType?.Split(';')[0].Trim(), StringComparison.OrdinalIgnoreCase));
        var errors = new ValidationErrors()
            .When(content.Length == 0, "file", "The file is empty.")
            .When(content.Length > MaxBytes, "file", $"A file is at most {MaxBytes / (1024 * 1024)} MB.")
            .When(name.Length == 0 || name.Length > MaxFileNameLength || name.Any(char.IsControl), "file", $"The file needs a name of at most {MaxFileNameLength} characters.")
            .When(type is null, "file", $"The file's type is one of {string.Join(", ", Accepted.Select(t => t.ContentType))}.");
        if (!errors.IsValid || type is null)
        {
            return errors;
        }

        errors.When(!type.Extensions.Contains(Path.GetExtension(name).ToLowerInvariant()), "file", $"A {type.ContentType} file's name ends in {string.Join(" or ", type.Extensions)}.");
        content.Position = 0;
        var matches = type.ContentMatches(content);
        content.Position = 0;
        return errors.When(!matches, "file", $"The file's content is not {type.ContentType}, as its declared type says.");
    }

    private static bool StartsWith(Stream content, ReadOnlySpan<byte> signature)
    {
        Span<byte> head = stackalloc byte[signature.Length];
        return content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual(signature);
    }

    private static bool ZipHolds(Stream content, string entry)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry(entry) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static bool IsUtf8Text(Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        return !bytes.Contains((byte)0) && Utf8.IsValid(bytes);
    }
}
