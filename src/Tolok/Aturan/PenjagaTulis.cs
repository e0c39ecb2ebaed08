using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Tolok.Alur;
using Tolok.Infrastructure;

namespace Tolok.Aturan;

/// <summary>
/// A register row as the rules see it: whose (satker), which PIC register, and the workflow item it belongs to
/// (null while the row is new and has no key yet).
/// </summary>
public readonly record struct ItemData(int SatkerId, string Register, string? Jenis, string? Kunci, string Label);

/// <summary>
/// The one place the write rules hold for every path that saves through EF Core (pages, API, XLSX import, CLI):
/// before any save it checks, for every register row added, changed or removed, that the writer may write that
/// satker's register (scope, from the row itself, never from the request) and that the row's workflow item is not
/// submitted, verified or approved (lock; an incident counts as part of its stage, evidence as part of its item); it
/// raises the version of every versioned row it changes. The TPS import, which writes in plain SQL, calls
/// <see cref="Lingkup.PastikanAsync"/> and <see cref="PastikanTerbukaAsync"/> itself. A refusal is a <see cref="AturanException"/>: nothing of the save is written.
/// </summary>
public sealed class PenjagaTulis : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is TolokDb db)
        {
            // A write is checked against the assignments as they are in the database now, not as the request read them
            // when it began (a long import may span an Admin removing the assignment) nor as this server last saw them.
            db.StempelKonteks = await Tembolok.SemuaDariDatabaseAsync(db, cancellationToken);
            await PeriksaAsync(db, cancellationToken);
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    /// <summary>Once the rows are written, the change stamps of what they change (cached figures are recomputed).</summary>
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is TolokDb { StempelTertunda.Count: > 0 } db)
        {
            var kunci = db.StempelTertunda.ToList();
            db.StempelTertunda.Clear();
            await StempelData.UbahAsync(db, kunci, cancellationToken);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        (eventData.Context as TolokDb)?.StempelTertunda.Clear();
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as TolokDb)?.StempelTertunda.Clear();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Which stamps a changed row replaces: its satker's when it is that satker's data (registers, targets, IKU set,
    /// workflow), the global one for what all figures read; the accounts' one for what authorises a request
    /// (accounts, their roles and claims, tokens, PIC assignments: the cached sign-in and scope checks); none for what
    /// nothing cached reads (audit, the stamps' own table, the data-protection keys).
    /// </summary>
    private static IEnumerable<string> Stempel(EntityEntry e, ItemData? item)
    {
        switch (e.Entity)
        {
            case Pengguna.AkunPengguna or Pengguna.TokenApi or Pengguna.PenugasanPic
                or Microsoft.AspNetCore.Identity.IdentityUserRole<string> or Microsoft.AspNetCore.Identity.IdentityUserClaim<string>
                or Microsoft.AspNetCore.Identity.IdentityRole or Microsoft.AspNetCore.Identity.IdentityRoleClaim<string>
                or Microsoft.AspNetCore.Identity.IdentityUserLogin<string> or Microsoft.AspNetCore.Identity.IdentityUserToken<string>:
                yield return StempelData.Akun;
                yield break;
            case Audit.JejakAudit or PenandaSistem or StempelData or RiwayatAlur or Kalender.TokenKalender or Kalender.PengingatTerkirim:
                yield break;
            case Satker.Satker x:
                // The satker list is read by every page: a name or an address is global.
                yield return StempelData.Global;
                if (e.State != EntityState.Added)
                {
                    yield return StempelData.Satker(x.Id);
                }
                yield break;
            case Iku.IkuSet x:
                yield return StempelData.Satker(x.SatkerId);
                yield break;
            case AlurData x:
                yield return StempelData.Satker(x.SatkerId);
                yield break;
        }
        if (e.Entity.GetType().Namespace?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true)
        {
            yield break;
        }
        yield return item is { } i ? StempelData.Satker(i.SatkerId) : StempelData.Global;
    }

    private static async Task PeriksaAsync(TolokDb db, CancellationToken ct)
    {
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        var checkedScope = new HashSet<(int, string)>();
        var checkedLock = new HashSet<(int, string, string)>();
        foreach (var e in entries)
        {
            var found = await ItemAsync(db, e, ct);
            db.StempelTertunda.UnionWith(Stempel(e, found));
            if (found is not { } item)
            {
                continue;
            }
            if (checkedScope.Add((item.SatkerId, item.Register)))
            {
                var kode = await db.Satker.AsNoTracking().Where(s => s.Id == item.SatkerId).Select(s => s.Kode).FirstOrDefaultAsync(ct) ?? "?";
                await Lingkup.PastikanAsync(db, db.Pelaku, kode, item.Register, ct);
            }
            if (item.Jenis is { } jenis && item.Kunci is { } kunci && checkedLock.Add((item.SatkerId, jenis, kunci)))
            {
                await PastikanTerbukaAsync(db, item.SatkerId, jenis, kunci, item.Label, ct);
            }
        }
        foreach (var e in entries.Where(e => e.State == EntityState.Modified && e.Entity is IBerversi))
        {
            var versi = e.Property(nameof(IBerversi.Versi));
            versi.CurrentValue = (int)versi.OriginalValue! + 1;
        }
    }

    /// <summary>
    /// Marks the register row of a workflow item as written (its version is raised on save): the workflow does this when
    /// it locks the item. Items without a row of their own (computed realisation, participation) have nothing to mark.
    /// </summary>
    public static async Task TandaiBarisAsync(TolokDb db, int satkerId, string jenis, string kunci, CancellationToken ct)
    {
        var id = int.TryParse(kunci, System.Globalization.NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        IBerversi? row = jenis switch
        {
            "laporan-rb" => await db.LaporanRb.FirstOrDefaultAsync(x => x.Id == id && x.SatkerId == satkerId, ct),
            "laporan-keuangan" => await db.LaporanKeuangan.FirstOrDefaultAsync(x => x.Id == id && x.SatkerId == satkerId, ct),
            "lhe" => await db.Lhe.FirstOrDefaultAsync(x => x.Id == id && x.SatkerId == satkerId, ct),
            "sengketa" => await db.Perkara.FirstOrDefaultAsync(x => x.Id == id && x.SatkerId == satkerId, ct),
            "anggaran" => await db.AnggaranKegiatan.FirstOrDefaultAsync(x => x.Id == id && x.SatkerId == satkerId, ct),
            "layanan-pelaksanaan" => await db.PelaksanaanLayanan.FirstOrDefaultAsync(x => x.Id == id && db.LayananInformasi.Any(l => l.Id == x.LayananInformasiId && l.SatkerId == satkerId), ct),
            "tahapan" => await db.PelaksanaanTahapan.FirstOrDefaultAsync(x => x.TahapanId == id && x.SatkerId == satkerId, ct),
            "realisasi" when kunci.Split(':') is [var y, var p, var k] && int.TryParse(y, CultureInfo.InvariantCulture, out var tahun) =>
                await db.RealisasiManual.FirstOrDefaultAsync(x => x.SatkerId == satkerId && x.Tahun == tahun && x.Periode == p && x.KodeIndikator == k, ct),
            "lke" when int.TryParse(kunci, NumberStyles.None, CultureInfo.InvariantCulture, out var tahunLke) =>
                await db.PenilaianLke.FirstOrDefaultAsync(x => x.SatkerId == satkerId && x.Tahun == tahunLke, ct),
            "target" when int.TryParse(kunci, NumberStyles.None, CultureInfo.InvariantCulture, out var tahunTarget) =>
                await db.TargetIku.Where(x => x.SatkerId == satkerId && x.Tahun == tahunTarget).OrderBy(x => x.Id).FirstOrDefaultAsync(ct),
            _ => null,
        };
        if (row is not null)
        {
            var versi = db.Entry(row).Property(nameof(IBerversi.Versi));
            versi.IsModified = true;
        }
    }

    /// <summary>Refuses (409) a change of an item that is submitted, verified or approved.</summary>
    public static async Task PastikanTerbukaAsync(TolokDb db, int satkerId, string jenis, string kunci, string label, CancellationToken ct)
    {
        var status = await db.AlurData.AsNoTracking().Where(a => a.SatkerId == satkerId && a.Jenis == jenis && a.Kunci == kunci).Select(a => a.Status).FirstOrDefaultAsync(ct);
        if (status is not null && PesanKunci(status) is { } pesan)
        {
            throw AturanException.Terkunci($"{Kapital(label)}: {pesan}");
        }
    }

    /// <summary>Why an item of this status may not change, or null when it may.</summary>
    public static string? PesanKunci(string status) =>
        AlurRules.BolehDiubah(status)
            ? null
            : status == AlurRules.Disetujui
                ? "data ini sudah disetujui dan terkunci; minta Admin atau Pimpinan membukanya kembali (dengan alasan) bila perlu diubah."
                : $"data ini berstatus {status} dan sedang diperiksa; data dapat diubah lagi bila dikembalikan.";

    private static string Kapital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Which satker, register and workflow item a row belongs to; null for rows that are not register data.</summary>
    private static async Task<ItemData?> ItemAsync(TolokDb db, EntityEntry e, CancellationToken ct)
    {
        // A new row's own key is not known yet, so no workflow item can name it.
        var baru = e.State == EntityState.Added;
        switch (e.Entity)
        {
            case Laporan.LaporanRb x:
                return new ItemData(x.SatkerId, "laporan-rb", baru ? null : "laporan-rb", Id(x.Id), $"laporan RB \"{x.Nama}\"");
            case Laporan.LaporanKeuangan x:
                return new ItemData(x.SatkerId, "laporan-keuangan", baru ? null : "laporan-keuangan", Id(x.Id), $"laporan keuangan {x.TahunAnggaran}");
            case Evaluasi.Lhe x:
                return new ItemData(x.SatkerId, "lhe", baru ? null : "lhe", Id(x.Id), $"LHE tahun {x.TahunDievaluasi}");
            case Evaluasi.RekomendasiLhe x:
                // A recommendation is part of its LHE as issued: it follows the LHE's scope and lock.
                var lheId = e.Property(nameof(Evaluasi.RekomendasiLhe.LheId)).CurrentValue;
                var lheEntry = db.ChangeTracker.Entries<Evaluasi.Lhe>().FirstOrDefault(l => Equals(l.Property(q => q.Id).CurrentValue, lheId));
                var lheInduk = lheEntry is not null
                    ? new { lheEntry.Entity.SatkerId, lheEntry.Entity.TahunDievaluasi }
                    : await db.Lhe.AsNoTracking().Where(l => l.Id == (int)lheId!).Select(l => new { l.SatkerId, l.TahunDievaluasi }).FirstOrDefaultAsync(ct);
                var (satkerLhe, tahunLhe) = lheInduk is null ? (0, 0) : (lheInduk.SatkerId, lheInduk.TahunDievaluasi);
                return satkerLhe == 0 ? null : new ItemData(satkerLhe, "lhe", lheEntry?.State == EntityState.Added ? null : "lhe", Id((int)lheId!), $"rekomendasi {x.Nomor} LHE tahun {tahunLhe}");
            case Evaluasi.TindakLanjutLhe x:
                // Follow-up is recorded after the LHE is issued (and approved): the LHE's scope, not its lock.
                var rekomendasiId = (int)e.Property(nameof(Evaluasi.TindakLanjutLhe.RekomendasiLheId)).CurrentValue!;
                var satkerTindak = await (from r in db.RekomendasiLhe.AsNoTracking()
                                          join l in db.Lhe.AsNoTracking() on r.LheId equals l.Id
                                          where r.Id == rekomendasiId
                                          select (int?)l.SatkerId).FirstOrDefaultAsync(ct);
                return satkerTindak is { } st ? new ItemData(st, "lhe", null, null, $"tindak lanjut rekomendasi LHE ({x.Status})") : null;
            case Kalender.AturanKewajiban { SatkerId: { } satkerAturan } x:
                // A satker's own due dates are part of its profile (planners); the defaults are the system's.
                return new ItemData(satkerAturan, "profil", null, null, $"tenggat {x.Kode}");
            case Sengketa.Perkara x:
                return new ItemData(x.SatkerId, "sengketa", baru ? null : "sengketa", Id(x.Id), $"perkara {x.Forum} {x.NomorPerkara}");
            case Lkjip.AnggaranKegiatan x:
                return new ItemData(x.SatkerId, "anggaran", baru ? null : "anggaran", Id(x.Id), $"anggaran {x.Kode}");
            case Layanan.LayananInformasi x:
                return new ItemData(x.SatkerId, "layanan", null, null, $"layanan \"{x.Nama}\"");
            case Layanan.PelaksanaanLayanan x:
                var layananId = (int)e.Property(nameof(Layanan.PelaksanaanLayanan.LayananInformasiId)).CurrentValue!;
                var satkerLayanan = db.ChangeTracker.Entries<Layanan.LayananInformasi>().FirstOrDefault(l => Equals(l.Property(p => p.Id).CurrentValue, layananId))?.Entity.SatkerId
                    ?? await db.LayananInformasi.AsNoTracking().Where(l => l.Id == layananId).Select(l => (int?)l.SatkerId).FirstOrDefaultAsync(ct);
                return satkerLayanan is { } sl ? new ItemData(sl, "layanan", baru ? null : "layanan-pelaksanaan", Id(x.Id), $"layanan yang diberikan pada {Format.Tanggal(x.Tanggal)}") : null;
            case Tahapan.PelaksanaanTahapan x:
                return new ItemData(x.SatkerId, "tahapan", "tahapan", Id(x.TahapanId), $"pelaksanaan tahapan {x.TahapanId}");
            case Tahapan.InsidenTahapan x:
                // An incident is part of its stage: it follows the stage's lock.
                var pelaksanaanId = e.Property(nameof(Tahapan.InsidenTahapan.PelaksanaanTahapanId)).CurrentValue;
                var induk = db.ChangeTracker.Entries<Tahapan.PelaksanaanTahapan>().FirstOrDefault(p => Equals(p.Property(q => q.Id).CurrentValue, pelaksanaanId))?.Entity;
                // Read as an anonymous type: PostgreSQL would return a tuple as one "record" column.
                var indukDb = induk is not null ? null
                    : await db.PelaksanaanTahapan.AsNoTracking().Where(p => p.Id == (int)pelaksanaanId!).Select(p => new { p.SatkerId, p.TahapanId }).FirstOrDefaultAsync(ct);
                var (satker, tahapan) = induk is not null ? (induk.SatkerId, induk.TahapanId) : indukDb is null ? (0, 0) : (indukDb.SatkerId, indukDb.TahapanId);
                return satker == 0 ? null : new ItemData(satker, "tahapan", "tahapan", Id(tahapan), $"insiden {x.Jenis} pada tahapan {tahapan}");
            case Iku.IkuSet x:
                // A revision is never changed once saved; who may add one is the planners of that satker.
                return new ItemData(x.SatkerId, "iku", null, null, $"IKU tahun {x.Tahun.ToString(CultureInfo.InvariantCulture)}");
            case Kinerja.RealisasiManual x:
                return new ItemData(x.SatkerId, "realisasi", "realisasi", $"{x.Tahun.ToString(CultureInfo.InvariantCulture)}:{x.Periode}:{x.KodeIndikator}", $"realisasi manual IKU {x.KodeIndikator} {x.Periode} {x.Tahun}");
            case Kinerja.TargetIku x:
                // A year's targets and its Rencana Aksi actions are one workflow item (issue 16): "target", key = the year.
                return new ItemData(x.SatkerId, "target", "target", x.Tahun.ToString(CultureInfo.InvariantCulture), $"target IKU {x.KodeIndikator} {x.Tahun}");
            case Kinerja.RencanaAksiKegiatan x:
                return new ItemData(x.SatkerId, "target", "target", x.Tahun.ToString(CultureInfo.InvariantCulture), $"rencana aksi IKU {x.KodeIndikator} triwulan {x.Triwulan} {x.Tahun}");
            case Profil.Pejabat x:
                return new ItemData(x.SatkerId, "profil", null, null, $"pejabat {x.Nama}");
            case Profil.PenetapanDokumen x:
                return new ItemData(x.SatkerId, "profil", null, null, $"penanda tangan {x.Dokumen} {x.Tahun}");
            case Profil.Pegawai x:
                return new ItemData(x.SatkerId, "profil", null, null, $"data pegawai {x.Tahun}");
            case Profil.Renstra x:
                return new ItemData(x.SatkerId, "profil", null, null, $"Renstra {x.TahunMulai}–{x.TahunSelesai}");
            case Profil.LogoSatker x:
                return new ItemData(x.SatkerId, "profil", null, null, "logo satker");
            case Partisipasi.SumberPartisipasiIku { Satker: { } kodeSumber } x:
                // The rule giving a participation IKU its value is part of the year's targets: locked with them.
                var idSumber = await db.Satker.AsNoTracking().Where(s => s.Kode == kodeSumber).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
                return idSumber is { } isb
                    ? new ItemData(isb, "target", "target", x.Tahun.ToString(CultureInfo.InvariantCulture), $"aturan nilai IKU {x.KodeIndikator} {x.Tahun}")
                    : null;
            case Lkjip.AngkaReferensi x:
                // National figures belong to KPU RI's profile, earlier results to the satker's.
                var idReferensi = await db.Satker.AsNoTracking().Where(s => s.Kode == x.Satker).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
                return idReferensi is { } ir ? new ItemData(ir, "profil", null, null, $"angka pembanding IKU {x.KodeIndikator} {x.Tahun}") : null;
            case Satker.Satker x when !baru:
                return new ItemData(x.Id, "profil", null, null, $"profil {x.Nama}");
            case Lke.PenilaianLke x:
                // The self-assessment of a year is one workflow item ("lke", key = the year evaluated), written by planners.
                return new ItemData(x.SatkerId, "lke", "lke", x.Tahun.ToString(CultureInfo.InvariantCulture), $"penilaian mandiri LKE {x.Tahun}");
            case Lke.JawabanLke x:
                // An answer is part of its assessment: it follows the assessment's scope and lock.
                var penilaianId = e.Property(nameof(Lke.JawabanLke.PenilaianLkeId)).CurrentValue;
                var penilaian = db.ChangeTracker.Entries<Lke.PenilaianLke>().FirstOrDefault(p => Equals(p.Property(q => q.Id).CurrentValue, penilaianId) || p.Entity.Jawaban.Contains(x))?.Entity;
                var penilaianDb = penilaian is not null ? null
                    : await db.PenilaianLke.AsNoTracking().Where(p => p.Id == (int)penilaianId!).Select(p => new { p.SatkerId, p.Tahun }).FirstOrDefaultAsync(ct);
                var (satkerLke, tahunLke) = penilaian is not null ? (penilaian.SatkerId, penilaian.Tahun) : penilaianDb is null ? (0, 0) : (penilaianDb.SatkerId, penilaianDb.Tahun);
                return satkerLke == 0 ? null : new ItemData(satkerLke, "lke", "lke", tahunLke.ToString(CultureInfo.InvariantCulture), $"jawaban LKE {x.KodeKriteria} {tahunLke}");
            case Lkjip.NarasiLaporan x:
                return new ItemData(x.SatkerId, "narasi", null, null, $"narasi {x.Bagian} {x.Tahun}");
            case Bukti.BuktiDukung x:
                // Evidence is part of its item: it follows the item's scope and lock.
                return new ItemData(x.SatkerId, Lingkup.RegisterDari(x.Jenis), x.Jenis, x.Kunci, $"bukti dukung {x.Jenis} {x.Kunci}");
            default:
                return null;
        }
    }
}
