using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Pengguna;

namespace Tolok.Infrastructure;

/// <summary>The one database context of Tolok. Entity configuration lives next to each entity.</summary>
public class TolokDb(DbContextOptions<TolokDb> options, Aturan.PelakuSaatIni? pelaku = null, Tembolok? tembolok = null) : IdentityDbContext<AkunPengguna>(options), Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    /// <summary>The keys that protect sign-in cookies and tokens, shared by every app server (issue 17 point 8).</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys => Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();
    public DbSet<PercobaanMasuk> PercobaanMasuk => Set<PercobaanMasuk>();

    /// <summary>The app server's cache of computed figures, checked against the change stamps (<see cref="StempelData"/>).</summary>
    public Tembolok Tembolok => tembolok ?? Tembolok.Mati;

    /// <summary>Stamps to replace once this context's save has committed (set by the save guard).</summary>
    internal HashSet<string> StempelTertunda { get; } = new(StringComparer.Ordinal);

    /// <summary>How many stamp changes this context made: until it ends, its app server reads stamps from the database.</summary>
    private int _stempelDitulis;

    /// <summary>The audit trail's state of this context's save in progress.</summary>
    internal Audit.AuditInterceptor.Keadaan KeadaanAudit { get; } = new();

    /// <summary>The stamps as this context read them (<see cref="Tembolok.StempelAsync"/>); forgotten when it changes one.</summary>
    internal IReadOnlyDictionary<string, string>? StempelKonteks { get; set; }

    internal void TandaiStempelDitulis()
    {
        StempelKonteks = null;
        Interlocked.Increment(ref _stempelDitulis);
        Tembolok.MulaiTulis();
    }

    private void SelesaikanStempel()
    {
        for (var n = Interlocked.Exchange(ref _stempelDitulis, 0); n > 0; n--)
        {
            Tembolok.SelesaiTulis();
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        SelesaikanStempel();
        GC.SuppressFinalize(this);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SelesaikanStempel();
        GC.SuppressFinalize(this);
    }

    /// <summary>Who writes through this context: the request's person, or the system (CLI, seeds).</summary>
    public Aturan.Pelaku Pelaku => pelaku?.Sekarang ?? Aturan.Pelaku.DariSistem();

    public DbSet<Satker.Satker> Satker => Set<Satker.Satker>();
    public DbSet<IkuSet> IkuSet => Set<IkuSet>();
    public DbSet<Sasaran> Sasaran => Set<Sasaran>();
    public DbSet<Indikator> Indikator => Set<Indikator>();
    public DbSet<Pemilihan.Pemilihan> Pemilihan => Set<Pemilihan.Pemilihan>();
    public DbSet<Pemilihan.SuratSuara> SuratSuara => Set<Pemilihan.SuratSuara>();
    public DbSet<Partisipasi.BlokTps> BlokTps => Set<Partisipasi.BlokTps>();
    public DbSet<Partisipasi.RiwayatDataTps> RiwayatDataTps => Set<Partisipasi.RiwayatDataTps>();
    public DbSet<Partisipasi.RiwayatBlokTps> RiwayatBlokTps => Set<Partisipasi.RiwayatBlokTps>();
    public DbSet<Partisipasi.Rekap> Rekap => Set<Partisipasi.Rekap>();
    public DbSet<Partisipasi.DaftarTps> DaftarTps => Set<Partisipasi.DaftarTps>();
    public DbSet<Partisipasi.AturanValidasi> AturanValidasi => Set<Partisipasi.AturanValidasi>();
    public DbSet<Partisipasi.ImporTps> ImporTps => Set<Partisipasi.ImporTps>();
    public DbSet<Partisipasi.SumberPartisipasiIku> SumberPartisipasiIku => Set<Partisipasi.SumberPartisipasiIku>();
    public DbSet<Kinerja.TargetIku> TargetIku => Set<Kinerja.TargetIku>();
    public DbSet<Kinerja.RencanaAksiKegiatan> RencanaAksiKegiatan => Set<Kinerja.RencanaAksiKegiatan>();
    public DbSet<Profil.Pejabat> Pejabat => Set<Profil.Pejabat>();
    public DbSet<Profil.PenetapanDokumen> PenetapanDokumen => Set<Profil.PenetapanDokumen>();
    public DbSet<Profil.Pegawai> Pegawai => Set<Profil.Pegawai>();
    public DbSet<Profil.Renstra> Renstra => Set<Profil.Renstra>();
    public DbSet<Profil.LogoSatker> LogoSatker => Set<Profil.LogoSatker>();
    public DbSet<Kinerja.RealisasiManual> RealisasiManual => Set<Kinerja.RealisasiManual>();
    public DbSet<Lkjip.NarasiLaporan> NarasiLaporan => Set<Lkjip.NarasiLaporan>();
    public DbSet<Lkjip.AnggaranKegiatan> AnggaranKegiatan => Set<Lkjip.AnggaranKegiatan>();
    public DbSet<Lkjip.AngkaReferensi> AngkaReferensi => Set<Lkjip.AngkaReferensi>();
    public DbSet<PenandaSistem> PenandaSistem => Set<PenandaSistem>();
    public DbSet<StempelData> StempelData => Set<StempelData>();
    public DbSet<Audit.JejakAudit> JejakAudit => Set<Audit.JejakAudit>();
    public DbSet<Alur.AlurData> AlurData => Set<Alur.AlurData>();
    public DbSet<Alur.RiwayatAlur> RiwayatAlur => Set<Alur.RiwayatAlur>();
    public DbSet<Bukti.BuktiDukung> BuktiDukung => Set<Bukti.BuktiDukung>();
    public DbSet<Pengguna.PenugasanPic> PenugasanPic => Set<Pengguna.PenugasanPic>();
    public DbSet<Pengguna.TokenApi> TokenApi => Set<Pengguna.TokenApi>();
    public DbSet<Tahapan.Tahapan> Tahapan => Set<Tahapan.Tahapan>();
    public DbSet<Kinerja.DefinisiUkuran> DefinisiUkuran => Set<Kinerja.DefinisiUkuran>();
    public DbSet<Sengketa.Perkara> Perkara => Set<Sengketa.Perkara>();
    public DbSet<Laporan.LaporanRb> LaporanRb => Set<Laporan.LaporanRb>();
    public DbSet<Evaluasi.Lhe> Lhe => Set<Evaluasi.Lhe>();
    public DbSet<Evaluasi.RekomendasiLhe> RekomendasiLhe => Set<Evaluasi.RekomendasiLhe>();
    public DbSet<Evaluasi.TindakLanjutLhe> TindakLanjutLhe => Set<Evaluasi.TindakLanjutLhe>();
    public DbSet<Kalender.AturanKewajiban> AturanKewajiban => Set<Kalender.AturanKewajiban>();
    public DbSet<Kalender.TokenKalender> TokenKalender => Set<Kalender.TokenKalender>();
    public DbSet<Kalender.PengingatTerkirim> PengingatTerkirim => Set<Kalender.PengingatTerkirim>();
    public DbSet<Lke.LkeBagian> LkeBagian => Set<Lke.LkeBagian>();
    public DbSet<Lke.LkeKriteria> LkeKriteria => Set<Lke.LkeKriteria>();
    public DbSet<Lke.LkeSkalaJawaban> LkeSkalaJawaban => Set<Lke.LkeSkalaJawaban>();
    public DbSet<Lke.PenilaianLke> PenilaianLke => Set<Lke.PenilaianLke>();
    public DbSet<Lke.JawabanLke> JawabanLke => Set<Lke.JawabanLke>();
    public DbSet<Layanan.LayananInformasi> LayananInformasi => Set<Layanan.LayananInformasi>();
    public DbSet<Layanan.PelaksanaanLayanan> PelaksanaanLayanan => Set<Layanan.PelaksanaanLayanan>();
    public DbSet<Laporan.LaporanKeuangan> LaporanKeuangan => Set<Laporan.LaporanKeuangan>();
    public DbSet<Sengketa.AturanMenang> AturanMenang => Set<Sengketa.AturanMenang>();
    public DbSet<Tahapan.PelaksanaanTahapan> PelaksanaanTahapan => Set<Tahapan.PelaksanaanTahapan>();
    public DbSet<Tahapan.InsidenTahapan> InsidenTahapan => Set<Tahapan.InsidenTahapan>();
    public DbSet<Kinerja.SkalaCapaian> SkalaCapaian => Set<Kinerja.SkalaCapaian>();
    public DbSet<Kinerja.PeringkatKategori> PeringkatKategori => Set<Kinerja.PeringkatKategori>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TolokDb).Assembly);
        Aturan.Versi.Konfigurasi(builder);
        if (Database.IsNpgsql())
        {
            // Half of each page left free for the next version of its rows: a corrected file replaces every TPS block
            // and roll-up row it names, and on PostgreSQL an update that stays on its page writes no index entry (a HOT
            // update) — 0,4–0,9 s less of a national re-import (decision 127).
            builder.Entity<Partisipasi.BlokTps>().HasStorageParameter("fillfactor", 50);
            builder.Entity<Partisipasi.Rekap>().HasStorageParameter("fillfactor", 50);
        }
    }
}