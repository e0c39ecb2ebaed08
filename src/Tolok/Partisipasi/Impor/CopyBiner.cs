using System.Buffers;
using System.Buffers.Binary;
using Npgsql;

namespace Tolok.Partisipasi.Impor;

/// <summary>
/// PostgreSQL's binary COPY format, written by hand into Npgsql's raw COPY stream: a header, then per row the number
/// of fields and each field as its length and its bytes (big-endian), then a trailer. Npgsql's own binary importer
/// checks and converts every field through its type handlers, which cost as much on a national import as the
/// server's own work (docs/benchmarks.md); here a row is a few copies into a buffer. Only the types the bulk paths
/// need; a timestamp must be UTC.
/// </summary>
internal sealed class CopyBiner
{
    private static readonly byte[] Signature = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0];
    private static readonly long Epoch = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    private readonly NpgsqlRawCopyStream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
    private int _n;

    private CopyBiner(NpgsqlRawCopyStream stream)
    {
        _stream = stream;
        Signature.CopyTo(_buffer, 0);
        _n = Signature.Length;
        Int32(0); // flags
        Int32(0); // header extension length
    }

    /// <summary>Starts <c>COPY table (columns) FROM STDIN (FORMAT BINARY)</c> on the connection (in its open transaction).</summary>
    public static async Task<CopyBiner> BeginAsync(NpgsqlConnection connection, string table, string columns, CancellationToken ct) =>
        new(await connection.BeginRawBinaryCopyAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)", ct));

    public void Row(short fields)
    {
        Ensure(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_n), fields);
        _n += 2;
    }

    public void Int(int value)
    {
        Ensure(8);
        Int32(4);
        Int32(value);
    }

    public void Short(short value)
    {
        Ensure(6);
        Int32(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_n), value);
        _n += 2;
    }

    public void Long(long value)
    {
        Ensure(12);
        Int32(8);
        BinaryPrimitives.WriteInt64BigEndian(_buffer.AsSpan(_n), value);
        _n += 8;
    }

    public void Bool(bool value)
    {
        Ensure(5);
        Int32(1);
        _buffer[_n++] = value ? (byte)1 : (byte)0;
    }

    public void Bytes(ReadOnlySpan<byte> value)
    {
        Ensure(4 + value.Length);
        Int32(value.Length);
        value.CopyTo(_buffer.AsSpan(_n));
        _n += value.Length;
    }

    /// <summary>Text (varchar, text) as UTF-8.</summary>
    public void Text(string value)
    {
        var length = System.Text.Encoding.UTF8.GetByteCount(value);
        Ensure(4 + length);
        Int32(length);
        _n += System.Text.Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_n));
    }

    public void Null()
    {
        Ensure(4);
        Int32(-1);
    }

    /// <summary>A timestamptz: microseconds since 2000-01-01 UTC.</summary>
    public void Waktu(DateTime utc)
    {
        if (utc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("waktu untuk timestamptz harus UTC", nameof(utc));
        }
        Long((utc.Ticks - Epoch) / TimeSpan.TicksPerMicrosecond);
    }

    /// <summary>Ends the data and the COPY; the rows are in the table (in the open transaction) when this returns.</summary>
    public async Task CompleteAsync(CancellationToken ct)
    {
        Ensure(2);
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_n), -1);
        _n += 2;
        await _stream.WriteAsync(_buffer.AsMemory(0, _n), ct);
        _n = 0;
        await _stream.DisposeAsync();
        ArrayPool<byte>.Shared.Return(_buffer);
    }

    /// <summary>Abandons the COPY (the server discards it; the transaction fails as with any error).</summary>
    public async Task CancelAsync()
    {
        await _stream.CancelAsync();
        await _stream.DisposeAsync();
    }

    private void Int32(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_n), value);
        _n += 4;
    }

    // Full buffers go to the server synchronously: they only fill Npgsql's socket buffer.
    private void Ensure(int size)
    {
        if (_n + size <= _buffer.Length)
        {
            return;
        }
        _stream.Write(_buffer, 0, _n);
        _n = 0;
        if (size > _buffer.Length)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(size);
        }
    }
}
