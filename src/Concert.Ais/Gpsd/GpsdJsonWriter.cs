using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Concert.Ais.Gpsd;

/// <summary>
/// Writes AIS messages as gpsd's <c>gpsdecode -j</c> does: one compact JSON object per line, gpsd's field names and
/// order, its escaping, and its number formatting (<c>-u</c> for unscaled integers).
/// </summary>
/// <remarks>
/// Writes UTF-8 straight into an internal buffer that <see cref="FlushTo"/> empties into a stream; no string is built per
/// message. Not thread-safe.
/// </remarks>
public sealed class GpsdJsonWriter
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _length;
    private bool _needComma;

    /// <summary>Creates a writer.</summary>
    /// <param name="scaled">False for <c>gpsdecode -u</c>: raw integers instead of values in real units.</param>
    public GpsdJsonWriter(bool scaled) => Scaled = scaled;

    /// <summary>True when values are written in real units (gpsd's default), false for raw integers (<c>-u</c>).</summary>
    public bool Scaled { get; }

    /// <summary>
    /// End each message with "\r\n", as gpsd's JSON protocol and <c>gpsdecode -j</c> do, rather than "\n". Set it for
    /// output that must be byte-identical to gpsdecode's.
    /// </summary>
    public bool CarriageReturn { get; init; }

    /// <summary>Bytes written and not yet flushed.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Writes the common header that opens every AIS object and leaves the object open for the fields.</summary>
    public void BeginMessage(int type, int repeat, uint mmsi)
    {
        Raw("{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":"u8);
        Number(type);
        Raw(",\"repeat\":"u8);
        Number(repeat);
        Raw(",\"mmsi\":"u8);
        Number(mmsi);
        Raw(Scaled ? ",\"scaled\":true"u8 : ",\"scaled\":false"u8);
        _needComma = true;
    }

    /// <summary>Closes the message object and ends the line.</summary>
    public void EndMessage()
    {
        Raw(CarriageReturn ? "}\r\n"u8 : "}\n"u8);
        _needComma = false;
    }

    /// <summary>Writes an integer field.</summary>
    public void Field(ReadOnlySpan<byte> name, long value)
    {
        Name(name);
        Number(value);
    }

    /// <summary>Writes a boolean field as <c>true</c> or <c>false</c>.</summary>
    public void Field(ReadOnlySpan<byte> name, bool value)
    {
        Name(name);
        Raw(value ? "true"u8 : "false"u8);
    }

    /// <summary>Writes a string field with gpsd's escaping.</summary>
    public void Field(ReadOnlySpan<byte> name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Name(name);
        QuotedString(value);
    }

    /// <summary>Writes a UTF-8 string literal field without escaping (for gpsd's fixed texts).</summary>
    public void FieldLiteral(ReadOnlySpan<byte> name, ReadOnlySpan<byte> utf8Value)
    {
        Name(name);
        Ensure(utf8Value.Length + 2);
        _buffer[_length++] = (byte)'"';
        utf8Value.CopyTo(_buffer.AsSpan(_length));
        _length += utf8Value.Length;
        _buffer[_length++] = (byte)'"';
    }

    /// <summary>Writes a number with exactly <paramref name="decimals"/> digits after the point, as C's <c>%.Nf</c>.</summary>
    public void FieldFixed(ReadOnlySpan<byte> name, double value, int decimals)
    {
        Name(name);
        Ensure(64);
        if (!value.TryFormat(_buffer.AsSpan(_length), out int written, FixedFormats[decimals], CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("A fixed-point number did not fit its buffer.");
        }
        _length += written;
    }

    /// <summary>
    /// Writes a value gpsd scales by a divisor: <paramref name="raw"/> / <paramref name="divisor"/> with
    /// <paramref name="decimals"/> digits (C's <c>%.Nf</c>) when <see cref="Scaled"/>, the raw integer otherwise.
    /// </summary>
    public void FieldScaled(ReadOnlySpan<byte> name, long raw, double divisor, int decimals)
    {
        if (Scaled)
        {
            FieldFixed(name, raw / divisor, decimals);
        }
        else
        {
            Field(name, raw);
        }
    }

    /// <summary>Writes a number as C's <c>%g</c> would (six significant digits, shortest form).</summary>
    public void FieldGeneral(ReadOnlySpan<byte> name, double value)
    {
        Name(name);
        Raw(Encoding.ASCII.GetBytes(CFormat.General(value)));
    }

    /// <summary>
    /// Writes raw binary data as gpsd does: <c>"name":"bitcount:hex"</c>, with <paramref name="bytes"/> in lower-case hex
    /// (gpsd prints every byte the bits touch, so the caller passes <c>(bitCount + 7) / 8</c> bytes).
    /// </summary>
    public void FieldData(ReadOnlySpan<byte> name, int bitCount, ReadOnlySpan<byte> bytes)
    {
        Name(name);
        Ensure(bytes.Length * 2 + 16);
        _buffer[_length++] = (byte)'"';
        Number(bitCount);
        _buffer[_length++] = (byte)':';
        foreach (byte b in bytes)
        {
            _buffer[_length++] = HexDigits[b >> 4];
            _buffer[_length++] = HexDigits[b & 0xF];
        }
        _buffer[_length++] = (byte)'"';
    }

    /// <summary>Opens a nested array field: <c>"name":[</c>.</summary>
    public void BeginArray(ReadOnlySpan<byte> name)
    {
        Name(name);
        Raw("["u8);
        _needComma = false;
    }

    /// <summary>Closes a nested array.</summary>
    public void EndArray()
    {
        Raw("]"u8);
        _needComma = true;
    }

    /// <summary>Opens an object inside an array.</summary>
    public void BeginObject()
    {
        if (_needComma)
        {
            Raw(","u8);
        }
        Raw("{"u8);
        _needComma = false;
    }

    /// <summary>Closes an object inside an array.</summary>
    public void EndObject()
    {
        Raw("}"u8);
        _needComma = true;
    }

    /// <summary>Writes the buffered bytes to <paramref name="stream"/> and empties the buffer.</summary>
    public void FlushTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(_buffer, 0, _length);
        _length = 0;
    }

    /// <summary>Empties the buffer without writing it anywhere.</summary>
    public void Clear() => _length = 0;

    private static ReadOnlySpan<byte> HexDigits => "0123456789abcdef"u8;

    private static readonly string[] FixedFormats = ["F0", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"];

    private void Name(ReadOnlySpan<byte> name)
    {
        Ensure(name.Length + 4);
        if (_needComma)
        {
            _buffer[_length++] = (byte)',';
        }
        _buffer[_length++] = (byte)'"';
        name.CopyTo(_buffer.AsSpan(_length));
        _length += name.Length;
        _buffer[_length++] = (byte)'"';
        _buffer[_length++] = (byte)':';
        _needComma = true;
    }

    private void Number(long value)
    {
        Ensure(24);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_length), out int written);
        _length += written;
    }

    private void QuotedString(string value)
    {
        // gpsd's json_stringify: backslash-escape '"' and '\', short escapes for control characters, \u00XX otherwise.
        Ensure(value.Length * 6 + 2);
        _buffer[_length++] = (byte)'"';
        foreach (char c in value)
        {
            switch (c)
            {
                case '"' or '\\':
                    _buffer[_length++] = (byte)'\\';
                    _buffer[_length++] = (byte)c;
                    break;
                case '\b': Raw("\\b"u8); break;
                case '\f': Raw("\\f"u8); break;
                case '\n': Raw("\\n"u8); break;
                case '\r': Raw("\\r"u8); break;
                case '\t': Raw("\\t"u8); break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        Raw(Encoding.ASCII.GetBytes($"\\u{(int)c:x4}"));
                    }
                    else
                    {
                        _buffer[_length++] = (byte)c;
                    }
                    break;
            }
        }
        _buffer[_length++] = (byte)'"';
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Ensure(int extra)
    {
        if (_length + extra > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + extra));
        }
    }
}
