namespace Tolok.Partisipasi;

/// <summary>Unsigned LEB128 varints: 7 bits a byte, high bit = more bytes follow. Used by every packed column.</summary>
public static class Varint
{
    public const int MaxBytes = 10;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Write(Span<byte> buffer, ref int n, ulong x)
    {
        while (x >= 0x80)
        {
            buffer[n++] = (byte)(x | 0x80);
            x >>= 7;
        }
        buffer[n++] = (byte)x;
    }

    public static ulong Read(ReadOnlySpan<byte> bytes, ref int p)
    {
        ulong x = 0;
        var shift = 0;
        byte b;
        do
        {
            b = bytes[p++];
            x |= (ulong)(b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return x;
    }

    /// <summary>Zigzag: small negative and positive numbers both take few bytes.</summary>
    public static ulong Zig(long value) => (ulong)((value << 1) ^ (value >> 63));

    public static long Zag(ulong x) => (long)(x >> 1) ^ -(long)(x & 1);
}
