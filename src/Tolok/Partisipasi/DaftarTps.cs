using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using nietras.SeparatedValues;
using Tolok.Infrastructure;
using Tolok.Partisipasi.Impor;
using Tolok.Wilayah;

namespace Tolok.Partisipasi;

/// <summary>
/// The TPS list of one desa for one election (the "daftar TPS"): which TPS exist there and their DPT. It is the
/// denominator of coverage: "TPS berdata: 4 dari 898". One row per desa keeps a national list at 84,000 rows.
/// </summary>
public class DaftarTps
{
    public int PemilihanId { get; set; }
    public long KodeDesa { get; set; }
    /// <summary>How many TPS the desa has.</summary>
    public int Jumlah { get; set; }
    /// <summary>The TPS numbers as ranges: "1-33" or "1-4,6,9-12".</summary>
    public string Nomor { get; set; } = "";
    public long? DptL { get; set; }
    public long? DptP { get; set; }
    /// <summary>Where the list came from: the imported file, or the reference data it was seeded from.</summary>
    public string Sumber { get; set; } = "";
}

internal sealed class DaftarTpsConfiguration : IEntityTypeConfiguration<DaftarTps>
{
    public void Configure(EntityTypeBuilder<DaftarTps> builder)
    {
        builder.ToTable("daftar_tps");
        builder.HasKey(d => new { d.PemilihanId, d.KodeDesa });
        builder.Property(d => d.PemilihanId).HasColumnName("pemilihan_id");
        builder.Property(d => d.KodeDesa).HasColumnName("kode_desa");
        builder.Property(d => d.Jumlah).HasColumnName("jumlah");
        builder.Property(d => d.Nomor).HasColumnName("nomor").HasMaxLength(4000);
        builder.Property(d => d.DptL).HasColumnName("dpt_l");
        builder.Property(d => d.DptP).HasColumnName("dpt_p");
        builder.Property(d => d.Sumber).HasColumnName("sumber").HasMaxLength(300);
        builder.HasOne<Pemilihan.Pemilihan>().WithMany().HasForeignKey(d => d.PemilihanId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>What part of a region's TPS have data, and whether that part is known (GET …/partisipasi: <c>cakupan</c>).</summary>
/// <param name="TpsDaftar">TPS in the region's list; null when not every desa of the region has its list ("cakupan belum diketahui").</param>
/// <param name="TpsBerdata">TPS with data for the ballot.</param>
/// <param name="Persen">TpsBerdata of TpsDaftar in percent (two decimals), null when the list is unknown.</param>
/// <param name="DesaBerdaftar">Desa of the region that have a TPS list, of <paramref name="DesaJumlah"/>.</param>
/// <param name="AnakBerdata">Children (regions or TPS) with data, of <paramref name="AnakJumlah"/>, named by <paramref name="TingkatAnak"/>.</param>
/// <param name="Sementara">True until every TPS of a known list has data: every figure of the region is provisional.</param>
/// <param name="Keterangan">The same in one Indonesian sentence, as shown on the page.</param>
public sealed record CakupanDto(
    long? TpsDaftar, long TpsBerdata, decimal? Persen, int DesaBerdaftar, int DesaJumlah,
    int AnakBerdata, int AnakJumlah, string? TingkatAnak, bool Sementara, string Keterangan);

/// <summary>Reads and computes coverage; plain functions over the lists.</summary>
public static class DaftarTpsQuery
{
    private static readonly int[] Digits = [0, 2, 4, 6, 10];

    /// <summary>"kabupaten/kota", "kecamatan" … as people say them.</summary>
    public static string NamaTingkatJamak(Tingkat t) => t switch
    {
        Tingkat.Provinsi => "provinsi",
        Tingkat.Kabupaten => "kabupaten/kota",
        Tingkat.Kecamatan => "kecamatan",
        Tingkat.Desa => "desa/kelurahan",
        _ => "TPS",
    };

    /// <summary>
    /// Per child of <paramref name="kode"/> (a region above the desa; for a desa: the desa itself): desa with a list
    /// and the TPS in them.
    /// </summary>
    public static async Task<Dictionary<long, (int Desa, long Tps)>> PerAnakAsync(TolokDb db, int pemilihanId, long kode, CancellationToken ct)
    {
        var tingkat = KodeWilayah.TingkatOf(kode);
        var (dari, sampai) = KodeWilayah.Rentang(kode, Tingkat.Desa);
        var query = db.DaftarTps.AsNoTracking().Where(d => d.PemilihanId == pemilihanId && d.KodeDesa >= dari && d.KodeDesa <= sampai);
        if (tingkat >= Tingkat.Desa)
        {
            return await query.GroupBy(d => d.KodeDesa).Select(g => new { g.Key, Desa = g.Count(), Tps = g.Sum(d => (long)d.Jumlah) })
                .ToDictionaryAsync(x => x.Key, x => (x.Desa, x.Tps), ct);
        }
        var pembagi = (long)Math.Pow(10, Digits[(int)Tingkat.Desa] - Digits[(int)tingkat + 1]);
        return await query.GroupBy(d => d.KodeDesa / pembagi).Select(g => new { g.Key, Desa = g.Count(), Tps = g.Sum(d => (long)d.Jumlah) })
            .ToDictionaryAsync(x => x.Key, x => (x.Desa, x.Tps), ct);
    }

    /// <summary>A child's list total when every desa below it has a list, else null.</summary>
    public static long? TpsDaftar(Dictionary<long, (int Desa, long Tps)> perAnak, long anak) =>
        perAnak.TryGetValue(anak, out var x) && x.Desa == WilayahTree.Nasional.JumlahDesa(anak) ? x.Tps : null;

    /// <summary>The coverage of a region whose roll-up says <paramref name="berdata"/> TPS have data.</summary>
    public static CakupanDto Hitung(long kode, long berdata, Dictionary<long, (int Desa, long Tps)> perAnak, int anakBerdata, int anakJumlah)
    {
        var tingkat = KodeWilayah.TingkatOf(kode);
        var desaJumlah = WilayahTree.Nasional.JumlahDesa(kode);
        var desa = perAnak.Values.Sum(x => x.Desa);
        long? daftar = desaJumlah > 0 && desa == desaJumlah ? perAnak.Values.Sum(x => x.Tps) : null;
        decimal? persen = daftar is > 0 ? Math.Round(100m * Math.Min(berdata, daftar.Value) / daftar.Value, 2) : null;
        var sementara = daftar is null || berdata < daftar;
        var tingkatAnak = tingkat >= Tingkat.Desa ? "TPS" : NamaTingkatJamak(tingkat + 1);
        var teks = new StringBuilder();
        if (daftar is { } n)
        {
            teks.Append(CultureInfo.InvariantCulture, $"TPS berdata: {Format.Bilangan(berdata)} dari {Format.Bilangan(n)} ({Format.Persen(persen)}).");
        }
        else
        {
            teks.Append(CultureInfo.InvariantCulture, $"TPS berdata: {Format.Bilangan(berdata)}; cakupan belum diketahui");
            teks.Append(desa > 0
                ? $" (daftar TPS baru ada untuk {Format.Bilangan(desa)} dari {Format.Bilangan(desaJumlah)} desa/kelurahan)."
                : " (belum ada daftar TPS untuk wilayah ini).");
        }
        if (tingkat < Tingkat.Desa && anakJumlah > 0)
        {
            teks.Append(CultureInfo.InvariantCulture, $" Data dari {Format.Bilangan(anakBerdata)} dari {Format.Bilangan(anakJumlah)} {tingkatAnak}.");
        }
        if (sementara)
        {
            teks.Append(" Angka bersifat sementara sampai semua TPS berdata.");
        }
        return new CakupanDto(daftar, berdata, persen, desa, desaJumlah, anakBerdata, anakJumlah, tingkatAnak, sementara, teks.ToString());
    }

    /// <summary>"1-33" or "1-4,6" from sorted distinct numbers.</summary>
    public static string Rentang(IEnumerable<int> nomor)
    {
        var sb = new StringBuilder();
        int? awal = null, akhir = null;
        foreach (var n in nomor.Distinct().Order())
        {
            if (akhir is { } a && n == a + 1)
            {
                akhir = n;
                continue;
            }
            Tulis();
            awal = akhir = n;
        }
        Tulis();
        return sb.ToString();

        void Tulis()
        {
            if (awal is null)
            {
                return;
            }
            if (sb.Length > 0)
            {
                sb.Append(',');
            }
            sb.Append(awal.Value.ToString(CultureInfo.InvariantCulture));
            if (akhir != awal)
            {
                sb.Append('-').Append(akhir!.Value.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>The numbers of a <see cref="Rentang"/> text.</summary>
    public static IEnumerable<int> Nomor(string rentang)
    {
        foreach (var part in rentang.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = part.IndexOf('-');
            var a = int.Parse(dash < 0 ? part : part[..dash], CultureInfo.InvariantCulture);
            var b = dash < 0 ? a : int.Parse(part[(dash + 1)..], CultureInfo.InvariantCulture);
            for (var i = a; i <= b; i++)
            {
                yield return i;
            }
        }
    }
}

/// <summary>Imports a TPS list from any file the TPS import reads: its rows' codes and DPT (the other columns are ignored).</summary>
public static class DaftarTpsImpor
{
    public sealed record Hasil(int Desa, int Tps, long? Dpt);

    /// <summary>
    /// Replaces the lists of the desa the file names (others stay as they are). The file must lie in the satker's
    /// area, and the writer must be allowed to write the satker's participation data. Atomic: a file with one wrong
    /// row saves nothing and names every wrong row.
    /// </summary>
    public static async Task<Hasil> ImportAsync(TolokDb db, IEnumerable<BarisMasuk> rows, string pemilihanSlug, string satkerKode, string berkas, CancellationToken ct)
    {
        var pemilihan = await db.Pemilihan.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == pemilihanSlug, ct)
            ?? throw new TpsImportException(berkas, [new GalatImpor(berkas, "", null, $"pemilihan \"{pemilihanSlug}\" tidak dikenal.")]);
        var satker = await db.Satker.AsNoTracking().FirstOrDefaultAsync(s => s.Kode == satkerKode, ct)
            ?? throw new TpsImportException(berkas, [new GalatImpor(berkas, "", null, $"satker \"{satkerKode}\" tidak dikenal.")]);
        if (!KodeWilayah.TryParse(satker.Kode, out var area))
        {
            throw new TpsImportException(berkas, [new GalatImpor(berkas, "", null, $"kode satker \"{satker.Kode}\" bukan kode wilayah.")]);
        }
        await Aturan.Lingkup.PastikanAsync(db, db.Pelaku, satker.Kode, "partisipasi", ct);

        var dptL = Kolom.Of("pemilih_dpt", Kolom.L);
        var dptP = Kolom.Of("pemilih_dpt", Kolom.P);
        var galat = new List<GalatImpor>();
        var perDesa = new Dictionary<long, List<(int Nomor, long? L, long? P)>>();
        var dilihat = new HashSet<long>();
        var tree = WilayahTree.Nasional;
        var jumlahBaris = 0;
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            if (++jumlahBaris > BatasImpor.BarisMaksimumTps)
            {
                throw Aturan.AturanException.TerlaluBesar($"{berkas}: daftar TPS berisi lebih dari {Format.Bilangan(BatasImpor.BarisMaksimumTps)} baris. Tidak ada yang disimpan.");
            }
            var kode = row.KodeAngka ?? (KodeWilayah.TryParse(row.Kode, out var k) ? k : -1);
            string? alasan = null;
            if (kode < 0)
            {
                alasan = $"kode \"{row.Kode}\" bukan kode TPS (13 angka, mis. 51.01.01.2001.001).";
            }
            else if (KodeWilayah.TingkatOf(kode) != Tingkat.Tps)
            {
                alasan = $"kode {KodeWilayah.Format(kode)} bukan kode TPS; daftar TPS memuat satu baris per TPS.";
            }
            else if (!tree.IsKnown(KodeWilayah.Induk(kode)))
            {
                alasan = $"desa/kelurahan {KodeWilayah.Format(KodeWilayah.Induk(kode))} tidak ada dalam daftar wilayah Kemendagri.";
            }
            else if (!KodeWilayah.DiDalam(kode, area))
            {
                alasan = $"TPS {KodeWilayah.Format(kode)} di luar wilayah satker {satker.Kode}.";
            }
            else if (!dilihat.Add(kode))
            {
                alasan = $"TPS {KodeWilayah.Format(kode)} tercantum lebih dari sekali.";
            }
            foreach (var (kolom, a) in row.Galat.Where(g => g.Kolom is null || g.Kolom.StartsWith("pemilih_dpt", StringComparison.Ordinal) || g.Kolom == "kode"))
            {
                galat.Add(new GalatImpor(row.Lokasi, row.Kode, kolom, a));
            }
            if (alasan is not null)
            {
                galat.Add(new GalatImpor(row.Lokasi, row.Kode, "kode", alasan));
                continue;
            }
            var desa = KodeWilayah.Induk(kode);
            if (!perDesa.TryGetValue(desa, out var list))
            {
                perDesa[desa] = list = [];
            }
            list.Add(((int)(kode % 1000), row.Nilai[dptL] >= 0 ? row.Nilai[dptL] : null, row.Nilai[dptP] >= 0 ? row.Nilai[dptP] : null));
        }
        if (galat.Count > 0)
        {
            throw new TpsImportException(berkas, galat);
        }
        if (perDesa.Count == 0)
        {
            throw new TpsImportException(berkas, [new GalatImpor(berkas, "", null, "berkas tidak memuat satu pun baris TPS.")]);
        }

        var sumber = $"daftar TPS {berkas}";
        if (sumber.Length > 300)
        {
            sumber = sumber[..300];
        }
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                // The stamp row first, before the audit trail's lock, as every save through EF Core takes them.
                await StempelData.UbahAsync(db, [StempelData.Global], ct);
                var kodeDesa = perDesa.Keys.ToList();
                foreach (var chunk in kodeDesa.Chunk(1000))
                {
                    await db.DaftarTps.Where(d => d.PemilihanId == pemilihan.Id && chunk.Contains(d.KodeDesa)).ExecuteDeleteAsync(ct);
                }
                foreach (var chunk in perDesa.Chunk(2000))
                {
                    db.DaftarTps.AddRange(chunk.Select(p => new DaftarTps
                    {
                        PemilihanId = pemilihan.Id,
                        KodeDesa = p.Key,
                        Jumlah = p.Value.Count,
                        Nomor = DaftarTpsQuery.Rentang(p.Value.Select(x => x.Nomor)),
                        DptL = p.Value.All(x => x.L is not null) ? p.Value.Sum(x => x.L) : null,
                        DptP = p.Value.All(x => x.P is not null) ? p.Value.Sum(x => x.P) : null,
                        Sumber = sumber,
                    }));
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                }
                var tps = perDesa.Values.Sum(v => v.Count);
                var semuaDpt = perDesa.Values.SelectMany(v => v).All(x => x.L is not null && x.P is not null);
                long? dpt = semuaDpt ? perDesa.Values.SelectMany(v => v).Sum(x => x.L!.Value + x.P!.Value) : null;
                var audit = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<Audit.AuditInterceptor>().FirstOrDefault();
                if (audit is not null)
                {
                    await audit.CatatMentahAsync(db, "DaftarTps", $"{pemilihan.Slug}:{satker.Kode}", "impor", null, new SortedDictionary<string, object?>(StringComparer.Ordinal)
                    {
                        ["Berkas"] = berkas,
                        ["Pemilihan"] = pemilihan.Slug,
                        ["Satker"] = satker.Kode,
                        ["Desa"] = perDesa.Count,
                        ["Tps"] = tps,
                        ["Dpt"] = dpt,
                    }, ct);
                }
                await tx.CommitAsync(ct);
                return new Hasil(perDesa.Count, tps, dpt);
            }
            catch
            {
                db.ChangeTracker.Clear();
                throw;
            }
        });
    }
}

/// <summary>
/// Seeds the Pemilu 2024 TPS list of Kabupaten Jembrana from the reference file (TPS per desa, numbered 1..n as
/// KPU numbers them within a desa), so that coverage is known from the start for the seed's satker.
/// </summary>
public static class DaftarTpsSeed
{
    public static async Task EnsureAsync(TolokDb db, bool baru, CancellationToken ct)
    {
        var pemilihan = await db.Pemilihan.AsNoTracking().Where(p => p.Slug == "pemilu-2024").Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (pemilihan is not { } id)
        {
            return;
        }
        if (!KodeWilayah.TryParse(DatabaseStartup.SeedSatker, out var area))
        {
            return;
        }
        var (dari, sampai) = KodeWilayah.Rentang(area, Tingkat.Desa);
        if (!baru && await db.DaftarTps.AnyAsync(d => d.PemilihanId == id && d.KodeDesa >= dari && d.KodeDesa <= sampai, ct))
        {
            return;
        }
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "jembrana-wilayah.csv");
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        foreach (var row in reader)
        {
            if (row["tingkat"].ToString() != "desa_kelurahan" || !KodeWilayah.TryParse(row["kode_kemendagri"].Span, out var desa))
            {
                continue;
            }
            var n = int.Parse(row["jumlah_tps_pemilu2024_ppwp"].Span, CultureInfo.InvariantCulture);
            db.DaftarTps.Add(new DaftarTps
            {
                PemilihanId = id,
                KodeDesa = desa,
                Jumlah = n,
                Nomor = DaftarTpsQuery.Rentang(Enumerable.Range(1, n)),
                Sumber = "jumlah TPS per desa Pemilu 2024 (daftar TPS publik Sirekap KPU)",
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
