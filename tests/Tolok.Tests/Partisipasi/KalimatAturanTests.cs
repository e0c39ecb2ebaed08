using Tolok.Partisipasi;

namespace Tolok.Tests.Partisipasi;

/// <summary>A broken rule reads as a true statement of what the row shows, never as "(178 = 180)".</summary>
public sealed class KalimatAturanTests
{
    [Theory]
    [InlineData("suara_sah + suara_tidak_sah", "<=", "pengguna_semua", 180L, 178L, "suara sah + suara tidak sah (180) melebihi pengguna hak pilih (178)")]
    [InlineData("pemilih_dpt_j", "=", "pemilih_dpt_l + pemilih_dpt_p", 250L, 248L, "pemilih DPT (250) tidak sama dengan pemilih DPT laki-laki + pemilih DPT perempuan (248)")]
    [InlineData("pengguna_disabilitas_p", "<=", "pemilih_disabilitas_p", 3L, 1L, "pengguna hak pilih disabilitas perempuan (3) melebihi pemilih disabilitas perempuan (1)")]
    [InlineData("suara_total", ">=", "suara_sah", 1200L, 1300L, "jumlah suara (1.200) kurang dari suara sah (1.300)")]
    [InlineData("suara_sah", "=", "suara_total", null, 5L, "suara sah (tidak dilaporkan) tidak sama dengan jumlah suara (5)")]
    public void Reads_as_what_the_row_shows(string kiri, string op, string kanan, long? nilaiKiri, long? nilaiKanan, string kalimat) =>
        Assert.Equal(kalimat, KalimatAturan.Pelanggaran(kiri, op, kanan, nilaiKiri, nilaiKanan));
}
