using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Iku;

/// <summary>A request the IKU store refuses (unknown satker, a catalog without sasaran, …). Message in Indonesian.</summary>
public sealed class IkuException(string message) : Exception(message);

/// <summary>Reads IKU sets and saves new revisions. A revision, once saved, is never changed.</summary>
public static class IkuStore
{
    /// <summary>The given revision, or the latest, of a satker's IKU for a year; null when there is none.</summary>
    public static async Task<IkuDto?> LoadAsync(TolokDb db, string kodeSatker, int tahun, int? revisi = null, CancellationToken ct = default)
    {
        var query = db.IkuSet.AsNoTracking()
            .Include(s => s.Satker)
            .Include(s => s.Sasaran).ThenInclude(s => s.Indikator)
            .Where(s => s.Satker.Kode == kodeSatker && s.Tahun == tahun);
        query = revisi is { } r ? query.Where(s => s.Revisi == r) : query.OrderByDescending(s => s.Revisi);
        var set = await query.AsSplitQuery().FirstOrDefaultAsync(ct);
        return set?.AsDto();
    }

    public static Task<List<RevisiDto>> RevisionsAsync(TolokDb db, string kodeSatker, int tahun, CancellationToken ct = default) =>
        db.IkuSet.AsNoTracking()
            .Where(s => s.Satker.Kode == kodeSatker && s.Tahun == tahun)
            .OrderByDescending(s => s.Revisi)
            .Select(s => new RevisiDto(s.Revisi, s.DibuatPada, s.DibuatOleh, s.Keterangan))
            .ToListAsync(ct);

    /// <summary>Years for which a satker has an IKU set.</summary>
    public static Task<List<int>> YearsAsync(TolokDb db, string kodeSatker, CancellationToken ct = default) =>
        db.IkuSet.AsNoTracking()
            .Where(s => s.Satker.Kode == kodeSatker)
            .Select(s => s.Tahun).Distinct().OrderByDescending(t => t)
            .ToListAsync(ct);

    /// <summary>
    /// Saves the catalog as the next revision of the satker's set for the year, unless it is identical to the
    /// latest revision (then nothing is written and the latest revision number is returned).
    /// Indicator codes are derived here: sasaran number . position.
    /// </summary>
    public static async Task<(int Revisi, bool Baru)> SaveRevisionAsync(
        TolokDb db, string kodeSatker, int tahun, PenetapanDto penetapan, IReadOnlyList<SasaranBaru> sasaran,
        string keterangan, string? oleh, TimeProvider time, CancellationToken ct = default)
    {
        var satker = await db.Satker.FirstOrDefaultAsync(s => s.Kode == kodeSatker, ct)
            ?? throw new IkuException($"Satker dengan kode \"{kodeSatker}\" tidak ditemukan.");
        if (tahun is < 2000 or > 2100)
        {
            throw new IkuException($"Tahun {tahun} di luar rentang 2000–2100.");
        }
        if (sasaran.Count == 0 || sasaran.Any(s => s.Indikator.Count == 0))
        {
            throw new IkuException("Setiap IKU harus memiliki sedikitnya satu sasaran, dan setiap sasaran sedikitnya satu indikator.");
        }

        var numbered = sasaran.Select((s, si) => new SasaranDto(
            si + 1,
            s.Uraian,
            [.. s.Indikator.Select((x, ii) => new IndikatorDto($"{si + 1}.{ii + 1}", x.Uraian, x.CaraPengukuran, x.SumberData, x.Satuan, x.Polaritas) { KodeInduk = x.KodeInduk })]))
            .ToList();

        await PeriksaIndukAsync(db, satker, tahun, numbered, ct);
        var latest = await LoadAsync(db, kodeSatker, tahun, null, ct);
        if (latest is not null && IkuMapping.SameContent(latest, penetapan, numbered))
        {
            return (latest.Revisi, false);
        }

        var set = new IkuSet
        {
            SatkerId = satker.Id,
            Tahun = tahun,
            Revisi = (latest?.Revisi ?? 0) + 1,
            TempatPenetapan = penetapan.Tempat,
            TanggalPenetapan = penetapan.Tanggal,
            JabatanPenandatangan = penetapan.Jabatan,
            NamaPenandatangan = penetapan.Nama,
            DibuatPada = time.GetUtcNow().UtcDateTime,
            DibuatOleh = oleh,
            Keterangan = keterangan,
            Sasaran = [.. numbered.Select(s => new Sasaran
            {
                Nomor = s.Nomor,
                Uraian = s.Uraian,
                Indikator = [.. s.Indikator.Select((x, ii) => new Indikator
                {
                    Urutan = ii + 1,
                    Kode = x.Kode,
                    Uraian = x.Uraian,
                    CaraPengukuran = x.CaraPengukuran,
                    SumberData = x.SumberData,
                    Satuan = x.Satuan,
                    Polaritas = x.Polaritas,
                    KodeInduk = x.KodeInduk,
                })],
            })],
        };
        db.IkuSet.Add(set);
        // The unique index (satker, tahun, revisi) turns a concurrent save of the same revision into an error
        // instead of two revisions with one number.
        await db.SaveChangesAsync(ct);
        return (set.Revisi, true);
    }

    /// <summary>
    /// Cascading: every parent IKU code named must be an IKU of the parent satker's current set for the same year.
    /// </summary>
    private static async Task PeriksaIndukAsync(TolokDb db, Satker.Satker satker, int tahun, List<SasaranDto> sasaran, CancellationToken ct)
    {
        var named = sasaran.SelectMany(s => s.Indikator).Where(x => x.KodeInduk is not null).ToList();
        if (named.Count == 0)
        {
            return;
        }
        var induk = satker.IndukId is { } id ? await db.Satker.AsNoTracking().Where(s => s.Id == id).Select(s => s.Kode).FirstOrDefaultAsync(ct) : null;
        var parentSet = induk is null ? null : await LoadAsync(db, induk, tahun, null, ct);
        if (parentSet is null)
        {
            throw new IkuException($"IKU {named[0].Kode} menyebut IKU induk {named[0].KodeInduk}, tetapi satker induk belum memiliki IKU tahun {tahun}.");
        }
        var codes = parentSet.SemuaIndikator.Select(i => i.Kode).ToHashSet(StringComparer.Ordinal);
        if (named.FirstOrDefault(x => !codes.Contains(x.KodeInduk!)) is { } bad)
        {
            throw new IkuException($"IKU {bad.Kode}: IKU induk {bad.KodeInduk} tidak ada dalam IKU {parentSet.Satker.Nama} tahun {tahun}.");
        }
    }
}

/// <summary>A sasaran as entered (form, import): its number is its position.</summary>
public sealed record SasaranBaru(string Uraian, IReadOnlyList<IndikatorBaru> Indikator);

public sealed record IndikatorBaru(string Uraian, string? CaraPengukuran, string? SumberData, string? Satuan, Polaritas Polaritas)
{
    public string? KodeInduk { get; init; }
}