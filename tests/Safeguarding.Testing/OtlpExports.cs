using System.Buffers.Binary;

namespace Safeguarding.Testing;

/// <summary>
/// Reads spans and metric names out of OTLP export requests (opentelemetry/proto/{trace,metrics}/v1) straight from the
/// protobuf wire format: the handful of fields a test looks at do not need generated types. Both requests nest alike:
/// resource (1) and scopes (2) in each resource's entry (1), spans or metrics (2) in each scope's.
/// </summary>
public static class OtlpExports
{
    public static IEnumerable<ExportedSpan> Spans(ReadOnlyMemory<byte> request) =>
        from resourceSpans in Messages(request, 1)
        let service = ServiceName(resourceSpans)
        from scopeSpans in Messages(resourceSpans, 2)
        from span in Messages(scopeSpans, 2)
        select ToSpan(service, span);

    /// <summary>Each service's metrics by name (Metric.name = 1).</summary>
    public static IEnumerable<(string Service, string Metric)> MetricNames(ReadOnlyMemory<byte> request) =>
        from resourceMetrics in Messages(request, 1)
        let service = ServiceName(resourceMetrics)
        from scopeMetrics in Messages(resourceMetrics, 2)
        from metric in Messages(scopeMetrics, 2)
        select (service, Text(Messages(metric, 1)) ?? "");

    /// <summary>Each service's gauges as exported (Metric.gauge = 5, its points = 1, a point's as_int = 6 or as_double = 4).</summary>
    public static IEnumerable<(string Service, string Metric, double Value)> Gauges(ReadOnlyMemory<byte> request) =>
        from resourceMetrics in Messages(request, 1)
        let service = ServiceName(resourceMetrics)
        from scopeMetrics in Messages(resourceMetrics, 2)
        from metric in Messages(scopeMetrics, 2)
        from gauge in Messages(metric, 5)
        from point in Messages(gauge, 1)
        select (service, Text(Messages(metric, 1)) ?? "", PointValue(point));

    private static double PointValue(ReadOnlyMemory<byte> point) =>
        Messages(point, 6).Select(b => (double)BinaryPrimitives.ReadInt64LittleEndian(b.Span))
            .Concat(Messages(point, 4).Select(b => BinaryPrimitives.ReadDoubleLittleEndian(b.Span)))
            .FirstOrDefault();

    private static ExportedSpan ToSpan(string service, ReadOnlyMemory<byte> span)
    {
        var fields = Fields(span).ToLookup(f => f.Number, f => f.Bytes);
        string Hex(int number) => fields[number].Select(b => Convert.ToHexStringLower(b.Span)).FirstOrDefault() ?? "";
        var name = fields[5].Select(b => System.Text.Encoding.UTF8.GetString(b.Span)).FirstOrDefault() ?? "";
        return new ExportedSpan(service, name, TraceId: Hex(1), SpanId: Hex(2), ParentSpanId: Hex(4));
    }

    // Resource.attributes, each a KeyValue { key = 1; AnyValue value = 2 { string_value = 1 } }.
    private static string ServiceName(ReadOnlyMemory<byte> resourceEntry) =>
        (from resource in Messages(resourceEntry, 1)
         from attribute in Messages(resource, 1)
         where Text(Messages(attribute, 1)) == "service.name"
         select Text(Messages(attribute, 2).SelectMany(value => Messages(value, 1)))).FirstOrDefault() ?? "";

    private static string? Text(IEnumerable<ReadOnlyMemory<byte>> bytes) =>
        bytes.Select(b => System.Text.Encoding.UTF8.GetString(b.Span)).FirstOrDefault();

    private static IEnumerable<ReadOnlyMemory<byte>> Messages(ReadOnlyMemory<byte> message, int number) =>
        Fields(message).Where(f => f.Number == number).Select(f => f.Bytes);

    /// <summary>The length-delimited and 64-bit fields of one message, in order; varints and 32-bit fields are skipped.</summary>
    private static List<(int Number, ReadOnlyMemory<byte> Bytes)> Fields(ReadOnlyMemory<byte> message)
    {
        var fields = new List<(int, ReadOnlyMemory<byte>)>();
        var position = 0;
        while (position < message.Length)
        {
            var key = Varint(message.Span, ref position);
            switch (key & 7)
            {
                case 0:
                    Varint(message.Span, ref position);
                    break;
                case 1:
                    fields.Add(((int)(key >> 3), message.Slice(position, 8)));
                    position += 8;
                    break;
                case 2:
                    var length = (int)Varint(message.Span, ref position);
                    fields.Add(((int)(key >> 3), message.Slice(position, length)));
                    position += length;
                    break;
                case 5:
                    position += 4;
                    break;
                default:
                    throw new InvalidDataException($"Wire type {key & 7} is not one OTLP uses.");
            }
        }

        return fields;
    }

    private static ulong Varint(ReadOnlySpan<byte> bytes, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
