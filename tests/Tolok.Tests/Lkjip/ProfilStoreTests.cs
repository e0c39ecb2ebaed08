using Tolok.Profil;

namespace Tolok.Tests.Lkjip;

/// <summary>The officials' rules that need no database: NIP shape and no loop of superiors (the org chart is a tree).</summary>
public sealed class ProfilStoreTests
{
    private static PejabatEdit Edit(int? atasan, string? nip = "197503122003122002") => new("Nama Uji", nip, false, "Jabatan Uji", null, atasan, 1, null, null);

    [Fact]
    public void A_loop_of_superiors_is_refused_a_tree_is_accepted()
    {
        // 1 is the chair; 2 reports to 1; 3 reports to 2.
        var atasan = new Dictionary<int, int?> { [1] = null, [2] = 1, [3] = 2 };
        Assert.Empty(ProfilStore.Periksa(Edit(atasan: 1), atasan, id: 3));
        Assert.Contains("berputar", ProfilStore.Periksa(Edit(atasan: 3), atasan, id: 1)["atasanId"][0], StringComparison.Ordinal); // 1 → 3 → 2 → 1
        Assert.Contains("berputar", ProfilStore.Periksa(Edit(atasan: 2), atasan, id: 1)["atasanId"][0], StringComparison.Ordinal);
        Assert.Contains("pejabat lain", ProfilStore.Periksa(Edit(atasan: 2), atasan, id: 2)["atasanId"][0], StringComparison.Ordinal);
        Assert.Contains("pejabat lain", ProfilStore.Periksa(Edit(atasan: 99), atasan, id: 2)["atasanId"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("19750312 200312 2 002", true)]
    [InlineData("1975031220031220021", false)]
    [InlineData("19750312A00312200", false)]
    [InlineData("", false)]
    public void A_nip_is_18_digits_or_the_official_is_marked_without(string nip, bool valid)
    {
        var atasan = new Dictionary<int, int?>();
        Assert.Equal(valid, !ProfilStore.Periksa(Edit(null, nip), atasan, null).ContainsKey("nip"));
        Assert.False(ProfilStore.Periksa(Edit(null, null) with { TanpaNip = true }, atasan, null).ContainsKey("nip"));
    }

    [Fact]
    public void Budget_allocation_shares_split_the_rest_equally_and_never_exceed_100()
    {
        Assert.Equal([("3.1", 50m), ("3.2", 50m)], Tolok.Lkjip.PohonAnggaran.Alokasi("3.1, 3.2")!);
        Assert.Equal([("3.1", 60m), ("3.2", 20m), ("3.3", 20m)], Tolok.Lkjip.PohonAnggaran.Alokasi("3.1:60,3.2,3.3")!);
        Assert.Null(Tolok.Lkjip.PohonAnggaran.Alokasi("3.1:70,3.2:40"));
        Assert.Null(Tolok.Lkjip.PohonAnggaran.Alokasi("3.1,3.1"));
        Assert.Null(Tolok.Lkjip.PohonAnggaran.Alokasi("tiga"));
    }

    private static Tolok.Lkjip.AnggaranKegiatan A(string kode, decimal pagu, decimal realisasi, string? iku) =>
        new() { Kode = kode, Uraian = kode, Pagu = pagu, Realisasi = realisasi, Iku = iku };

    [Fact]
    public void The_budget_tree_counts_a_programme_once_and_shares_only_each_rows_own_part()
    {
        var pohon = Tolok.Lkjip.PohonAnggaran.Susun([A("076.06.DH", 1000, 900, "2.1"), A("076.06.DH.4101", 600, 500, "2.1:50,4.1:50"), A("076.06.DH.4102", 300, 300, "3.1"), A("076.01.WA", 200, 100, null)]);
        Assert.Equal((1200m, 1000m), Tolok.Lkjip.PohonAnggaran.Jumlah(pohon));
        Assert.Equal([1, 1], pohon.Where(r => r.Data.Kode.Length > 10).Select(r => r.Tingkat));
        // 2.1: the programme's own 100 (1000 − 600 − 300) plus half of activity 4101's 600; nothing counted twice.
        Assert.Equal(400m, Tolok.Lkjip.PohonAnggaran.Untuk(pohon, "2.1").Sum(a => a.Pagu));
        Assert.Equal(300m, Tolok.Lkjip.PohonAnggaran.Untuk(pohon, "4.1").Sum(a => a.Pagu));
    }
}
