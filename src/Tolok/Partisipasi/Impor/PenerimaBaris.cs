namespace Tolok.Partisipasi.Impor;

/// <summary>
/// Takes the rows of a reading in file order, after their preparation: reports their problems, refuses a second row
/// of the same code, and joins each block's rows as soon as the block is complete (the next row lies in another
/// block), so that each row's packed bytes live only briefly; a block met again later (a file not sorted by code) is
/// merged. Rows come either as <see cref="BarisMasuk"/> (every reader) or as code, line and packed entry (the fast CSV
/// reader, <see cref="CsvCepat"/>); both end in the same lists.
/// </summary>
internal sealed class PenerimaBaris(BacaanTps result, int perkiraan)
{
    private readonly Dictionary<long, int> _index = new(perkiraan);
    private readonly List<(long Kode, ReadOnlyMemory<byte> Entri, StatusTps Status)> _parts = [];
    private long _current = -1;
    private int _rows;

    /// <summary>Counts a row: a file of more than <see cref="Infrastructure.BatasImpor.BarisMaksimumTps"/> rows is refused (413) while it is read.</summary>
    private void Hitung(string lokasi)
    {
        if (++_rows > Infrastructure.BatasImpor.BarisMaksimumTps)
        {
            throw Aturan.AturanException.TerlaluBesar($"berkas TPS berisi lebih dari {Infrastructure.Format.Bilangan(Infrastructure.BatasImpor.BarisMaksimumTps)} baris ({lokasi}); batas satu impor (data nasional: 820.161 TPS). Pecah berkas itu. Tidak ada yang disimpan.");
        }
    }

    /// <summary>A row prepared by <see cref="PersiapanBaris"/>.</summary>
    public void Terima(BarisMasuk row)
    {
        Hitung(row.Lokasi);
        var errors = result.Errors;
        var before = errors.Count;
        if (row.AdaGalat)
        {
            foreach (var (kolom, alasan) in row.Galat)
            {
                errors.Add(new GalatImpor(row.Lokasi, row.Kode, kolom, alasan));
            }
        }
        var kode = row.KodeFinal;
        if (row.GalatKode is { } galat)
        {
            errors.Add(new GalatImpor(row.Lokasi, row.Kode, "kode", galat));
        }
        else if (row.Dijumlah && !_index.TryAdd(kode, result.Codes.Count))
        {
            errors.Add(Ganda(row.Lokasi, row.Kode, kode));
            TpsImporter.AddRow(result.Delta, BlokCodec.BlokOf(kode), row.Nilai, row.Status, -1);
        }
        if (errors.Count > before || !row.Dijumlah)
        {
            result.Rejected.Add(row);
            return;
        }
        Simpan(kode, row.Tempat, row.Status, row.Entri!);
    }

    /// <summary>
    /// A row found good by the fast reader at line <paramref name="baris"/>: a known code in the area, its values
    /// validated and packed; its share is already in the roll-up.
    /// </summary>
    public void Terima(long kode, int baris, StatusTps status, ReadOnlyMemory<byte> entri)
    {
        Hitung($"baris {baris}");
        if (!_index.TryAdd(kode, result.Codes.Count))
        {
            var blok = BlokCodec.BlokOf(kode);
            var nilai = BlokCodec.DecodeEntri(blok, entri.Span).Nilai;
            var row = new BarisMasuk(baris, kode, null, nilai);
            result.Errors.Add(Ganda(row.Lokasi, row.Kode, kode));
            TpsImporter.AddRow(result.Delta, blok, nilai, status, -1);
            result.Rejected.Add(row);
            return;
        }
        Simpan(kode, new Tempat(baris, null), status, entri);
    }

    /// <summary>Joins the last block; call once every row is in.</summary>
    public void Selesai() => result.Tambah(_current, _parts);

    private GalatImpor Ganda(string lokasi, string kodeTeks, long kode) =>
        new(lokasi, kodeTeks, "kode", $"baris ganda: kode ini sudah ada pada {result.Places[_index[kode]]}");

    private void Simpan(long kode, Tempat tempat, StatusTps status, ReadOnlyMemory<byte> entri)
    {
        result.Codes.Add(kode);
        result.Places.Add(tempat);
        result.Status.Add(status);
        var blok = BlokCodec.BlokOf(kode);
        if (blok != _current)
        {
            result.Tambah(_current, _parts);
            _current = blok;
        }
        _parts.Add((kode, entri, status));
    }
}
