using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using nietras.SeparatedValues;
using Tolok.Wilayah;

namespace Tolok.Partisipasi.Impor;

/// <summary>
/// The fast reader of a plain CSV file: what a national import is (820.161 rows, 77 MB). The file is cut into parts
/// of whole lines; each part is read byte by byte on the thread pool (no text decoding, no object per row): codes,
/// values, area, rules, packed entries and roll-up shares in one pass, while the next parts are read from disk.
/// A line the fast loop does not take as it is (a code with spaces, a value that is not 1–9 plain digits, a wrong
/// number of cells …) goes through the general reader's own row function (<see cref="TpsSumber.CsvRow"/>) and
/// <see cref="PersiapanBaris"/>, so its messages are the general reader's. Files the fast reader does not take at all
/// (quoted cells, a lone carriage return, empty lines, another encoding) give null: the caller reads them with the
/// general reader. Both readers give the same result (property test).
/// </summary>
internal static class CsvCepat
{
    /// <summary>Bytes per part (about 1.300 national rows): small enough for the results to stay off the large-object heap.</summary>
    internal const int UkuranBagian = 128 * 1024;

    private sealed class Bagian(int kapasitas, int barisAwal)
    {
        public readonly int BarisAwal = barisAwal;
        public int Jumlah;
        public long[] Kode = new long[kapasitas];
        public StatusTps[] Status = new StatusTps[kapasitas];
        /// <summary>Where each row's packed entry ends in <see cref="Entri"/>.</summary>
        public int[] Akhir = new int[kapasitas];
        public byte[] Entri = new byte[Math.Max(256, kapasitas * 48)];
        public int Panjang;
        /// <summary>Rows read by the general row function, by their index in the part (null: none).</summary>
        public BarisMasuk?[]? Lambat;
        public readonly Dictionary<long, long[]> Delta = [];
        /// <summary>The part has something only the general reader reads the same way.</summary>
        public bool Kembali;
    }

    /// <summary>Reads a CSV file, or gives null when the general reader must read it.</summary>
    public static BacaanTps? Baca(string path, WilayahTree tree, long area, IReadOnlyList<AturanTerkompilasi> rules,
        IProgress<double>? progress, CancellationToken ct, int ukuran = UkuranBagian, AliranBlok? aliran = null)
    {
        if (!TpsSumber.IsCsv(path))
        {
            return null;
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var length = stream.Length;
        var first = new byte[Math.Max(ukuran, 1 << 16)];
        var filled = stream.ReadAtLeast(first, first.Length, throwOnEndOfStream: false);
        var head = first.AsSpan(0, filled);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0, 0]))
        {
            return null; // UTF-16 or UTF-32
        }
        var start = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var newline = head[start..].IndexOf((byte)'\n');
        if (newline < 0 && filled == first.Length)
        {
            return null; // a header longer than a part
        }
        var headerEnd = newline < 0 ? filled : start + newline;
        var header = head[start..headerEnd];
        if (header.EndsWith((ReadOnlySpan<byte>)[(byte)'\r']))
        {
            header = header[..^1];
        }
        if (header.IsEmpty || header.IndexOfAny((byte)'"', (byte)'\r') >= 0)
        {
            return null;
        }
        int[] map;
        byte sep;
        using (var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromText(Encoding.UTF8.GetString(header)))
        {
            if (!reader.HasHeader || reader.Spec.Sep.Separator > 127)
            {
                return null;
            }
            sep = (byte)reader.Spec.Sep.Separator;
            try
            {
                map = TpsSumber.Header(reader.Header.ColNames, Path.GetFileName(path));
            }
            catch (TpsFormatException)
            {
                return null; // the general reader gives the message
            }
        }

        var perkiraan = TpsSumber.PerkiraanBaris(path);
        var result = new BacaanTps(area, rules, perkiraan) { Aliran = aliran };
        var penerima = new PenerimaBaris(result, perkiraan);
        using var persiapan = new PersiapanBaris(tree, area, BacaanTps.NamaSatker, rules);
        var compiled = rules.ToArray();
        var carry = first.AsSpan(Math.Min(filled, headerEnd + 1), Math.Max(0, filled - headerEnd - 1)).ToArray();

        // Parts are cut on a thread of their own (Prefetch) and each is read on the thread pool as soon as it is cut;
        // they are taken here in file order.
        // Parts started but not yet taken (oldest first), so that an abandoned reading can wait for them.
        var started = new Queue<Task<Bagian>>();
        IEnumerable<Task<Bagian>> Parts()
        {
            foreach (var (data, used, lines, line) in Potong(stream, length, carry, ukuran, progress))
            {
                if (data.AsSpan(0, used).IndexOf((byte)'"') >= 0)
                {
                    ArrayPool<byte>.Shared.Return(data);
                    yield return Task.FromResult(new Bagian(0, line) { Kembali = true });
                    yield break;
                }
                var task = Task.Run(() => Kerjakan(data, used, lines, line, sep, map, tree, area, compiled, persiapan));
                lock (started)
                {
                    started.Enqueue(task);
                }
                yield return task;
            }
        }
        try
        {
            foreach (var task in Prefetch.Ahead(Parts(), batchSize: 1, batches: 8, ct: ct))
            {
                var bagian = task.GetAwaiter().GetResult();
                lock (started)
                {
                    started.TryDequeue(out _);
                }
                if (bagian.Kembali)
                {
                    return null;
                }
                var at = 0;
                for (var r = 0; r < bagian.Jumlah; r++)
                {
                    var end = bagian.Akhir[r];
                    if (bagian.Lambat?[r] is { } row)
                    {
                        penerima.Terima(row);
                    }
                    else
                    {
                        penerima.Terima(bagian.Kode[r], bagian.BarisAwal + r, bagian.Status[r], new ReadOnlyMemory<byte>(bagian.Entri, at, end - at));
                    }
                    at = end;
                }
                persiapan.Tambahkan(bagian.Delta);
            }
        }
        finally
        {
            // Parts still being read use the preparation: let them finish before it is disposed.
            lock (started)
            {
                foreach (var task in started)
                {
                    ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
                }
            }
        }
        progress?.Report(1);
        TpsImporter.Selesaikan(result, penerima, persiapan);
        result.Durasi = clock.Elapsed;
        return result;
    }

    /// <summary>
    /// Cuts the stream into parts of whole lines: a buffer from the pool each, with its used length, its number of
    /// lines and the line number of its first line.
    /// </summary>
    private static IEnumerable<(byte[] Data, int Used, int Lines, int Line)> Potong(Stream stream, long length, byte[] carry, int ukuran, IProgress<double>? progress)
    {
        var line = 2;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(ukuran, carry.Length + 1));
        carry.CopyTo(buffer, 0);
        var used = carry.Length;
        var eof = false;
        var n = 0;
        while (true)
        {
            while (!eof && used < buffer.Length)
            {
                var read = stream.Read(buffer, used, buffer.Length - used);
                eof = read == 0;
                used += read;
            }
            if (used == 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                yield break;
            }
            var end = eof ? used : buffer.AsSpan(0, used).LastIndexOf((byte)'\n') + 1;
            if (end == 0)
            {
                // A line longer than the buffer: a larger one, up to the longest line a TPS file may have.
                if (buffer.Length > TpsSumber.PanjangBarisMaks)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    throw Aturan.AturanException.TerlaluBesar("berkas TPS berisi baris yang lebih panjang dari 1 MB; sebuah baris data TPS hanya beberapa ratus karakter. Tidak ada yang disimpan.");
                }
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, used).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
                continue;
            }
            var lines = buffer.AsSpan(0, end).Count((byte)'\n');
            if (buffer[end - 1] != '\n')
            {
                lines++; // the last line, without its line end
            }
            var next = ArrayPool<byte>.Shared.Rent(Math.Max(ukuran, used - end + 1));
            buffer.AsSpan(end, used - end).CopyTo(next);
            yield return (buffer, end, lines, line);
            line += lines;
            used -= end;
            buffer = next;
            if (progress is not null && ++n % 16 == 0)
            {
                progress.Report((double)stream.Position / Math.Max(1, length));
            }
        }
    }

    /// <summary>Reads one part: every line either taken by the fast loop or left to the general row function.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Bagian Kerjakan(byte[] data, int used, int lines, int firstLine, byte sep, int[] map,
        WilayahTree tree, long area, AturanTerkompilasi[] rules, PersiapanBaris persiapan)
    {
        var bagian = new Bagian(lines, firstLine);
        try
        {
            Span<int> values = stackalloc int[Kolom.Jumlah];
            var broken = new List<string>();
            List<(int Index, int Start, int Length)>? slow = null;
            var lastBlok = -1L;
            long[]? bucket = null;
            var at = 0;
            var r = 0;
            while (at < used)
            {
                var newline = data.AsSpan(at, used - at).IndexOf((byte)'\n');
                var end = newline < 0 ? used : at + newline;
                var length = end - at;
                if (length > 0 && data[end - 1] == '\r')
                {
                    length--;
                }
                var line = data.AsSpan(at, length);
                if (line.IsEmpty)
                {
                    bagian.Kembali = true; // the general reader decides what an empty line is
                    return bagian;
                }
                var kode = Baris(line, sep, map, values);
                if (kode > 0 && tree.IsKnown(kode) && KodeWilayah.DiDalam(kode, area))
                {
                    broken.Clear();
                    var status = Validasi.Evaluate(values, rules, broken);
                    var blok = BlokCodec.BlokOf(kode);
                    var text = broken.Count == 0 ? null : string.Join(',', broken);
                    var need = bagian.Panjang + BlokCodec.MaxEntri(values.Length, text);
                    if (need > bagian.Entri.Length)
                    {
                        Array.Resize(ref bagian.Entri, Math.Max(need, bagian.Entri.Length * 2));
                    }
                    bagian.Panjang += BlokCodec.TulisEntri(bagian.Entri.AsSpan(bagian.Panjang), blok, kode, values, status, text);
                    if (blok != lastBlok || (status == StatusTps.TidakValid && bucket!.Length == RekapMath.Length))
                    {
                        // A new block, or the first row breaking an error rule in it: its vector is split.
                        bucket = TpsImporter.AddRow(bagian.Delta, blok, values, status, +1);
                        lastBlok = blok;
                    }
                    else
                    {
                        RekapMath.Add(values, status, +1, bucket!);
                    }
                    bagian.Kode[r] = kode;
                    bagian.Status[r] = status;
                }
                else
                {
                    if (line.IndexOf((byte)'\r') >= 0)
                    {
                        bagian.Kembali = true; // a lone carriage return ends a line for the general reader
                        return bagian;
                    }
                    (slow ??= []).Add((r, at, length));
                }
                bagian.Akhir[r] = bagian.Panjang;
                r++;
                at = end + 1;
            }
            bagian.Jumlah = r;
            if (slow is not null)
            {
                Lambat(bagian, data, slow, sep, map, persiapan);
            }
            return bagian;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(data);
        }
    }

    /// <summary>
    /// One line read by the fast loop: the code (0 when the line must go through the general row function) and the
    /// 30 values into <paramref name="values"/> (-1 = not reported).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long Baris(ReadOnlySpan<byte> line, byte sep, int[] map, Span<int> values)
    {
        values.Fill(-1);
        Span<char> chars = stackalloc char[24];
        var kode = 0L;
        var column = 0;
        var cell = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && line[i] != sep)
            {
                continue;
            }
            if (column >= map.Length)
            {
                return 0;
            }
            var text = line[cell..i];
            var target = map[column];
            if (target >= 0)
            {
                if (text.Length > 9)
                {
                    return 0;
                }
                if (text.Length > 0)
                {
                    var value = 0;
                    foreach (var b in text)
                    {
                        var d = (uint)(b - '0');
                        if (d > 9)
                        {
                            return 0;
                        }
                        value = value * 10 + (int)d;
                    }
                    values[target] = value;
                }
            }
            else if (target == -2)
            {
                if (text.Length is 0 or > 24)
                {
                    return 0;
                }
                for (var k = 0; k < text.Length; k++)
                {
                    chars[k] = (char)text[k];
                }
                if (!KodeWilayah.TryParse(chars[..text.Length], out kode) || kode == 0)
                {
                    return 0;
                }
            }
            column++;
            cell = i + 1;
        }
        return column == map.Length ? kode : 0;
    }

    /// <summary>
    /// The lines of a part the fast loop left, read by the general reader's row function (one Sep reader over them
    /// all, numbered as in the file) and prepared like any other reader's rows.
    /// </summary>
    private static void Lambat(Bagian bagian, byte[] data, List<(int Index, int Start, int Length)> slow, byte sep, int[] map, PersiapanBaris persiapan)
    {
        var joined = new byte[slow.Sum(s => s.Length + 1)];
        var at = 0;
        foreach (var (_, start, length) in slow)
        {
            data.AsSpan(start, length).CopyTo(joined.AsSpan(at));
            at += length;
            joined[at++] = (byte)'\n';
        }
        var rows = new BarisMasuk[slow.Count];
        var k = 0;
        using (var reader = Sep.New((char)sep).Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(Encoding.UTF8.GetString(joined)))
        {
            foreach (var row in reader)
            {
                if (k == rows.Length)
                {
                    bagian.Kembali = true;
                    return;
                }
                rows[k] = TpsSumber.CsvRow(row, map, bagian.BarisAwal + slow[k].Index - row.LineNumberFrom);
                k++;
            }
        }
        if (k != rows.Length)
        {
            bagian.Kembali = true;
            return;
        }
        persiapan.Siapkan(rows);
        bagian.Lambat = new BarisMasuk?[bagian.Jumlah];
        for (var i = 0; i < rows.Length; i++)
        {
            bagian.Lambat[slow[i].Index] = rows[i];
        }
    }
}
