using Tolok.Iku;

namespace Tolok.Tests.Iku;

public class IkuDocumentParserTests
{
    private const string Jembrana = "Komisi Pemilihan Umum Kabupaten Jembrana";

    public static string SeedText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seed", "iku-kpu-jembrana-2024.txt"));

    [Fact]
    public void Seed_has_four_sasaran_and_ten_indikator_in_document_order()
    {
        var doc = IkuDocumentParser.Parse(SeedText, Jembrana);

        Assert.Equal([1, 2, 3, 4], doc.Sasaran.Select(s => s.Nomor));
        Assert.Equal([4, 1, 3, 2], doc.Sasaran.Select(s => s.Indikator.Count));
        Assert.Equal(2024, doc.TahunJudul);
        Assert.Equal("INDIKATOR KINERJA UTAMA DI LINGKUNGAN KOMISI PEMILIHAN UMUM KABUPATEN JEMBRANA TAHUN 2024", doc.Judul);
    }

    [Fact]
    public void Seed_texts_are_verbatim_and_whitespace_normalised()
    {
        var doc = IkuDocumentParser.Parse(SeedText, Jembrana);
        var ikus = doc.Sasaran.SelectMany(s => s.Indikator).Select(i => i.Uraian).ToArray();

        Assert.Equal(
        [
            "Jumlah Laporan Reformasi Birokrasi yang disusun tepat waktu",
            "Nilai Akuntabilitas Kinerja",
            "Laporan Keuangan KPU Kabupaten Jembrana yang akuntabel dan sesuai dengan Standar Akuntansi Pemerintah",
            "Persentase Keterbukaan Informasi Publik",
            "Persentase KPU Kabupaten Jembrana menyelenggarakan Pemilu/Pemilihan sesuai dengan jadwal dan ketentuan yang berlaku",
            "Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan",
            "Persentase Partisipasi Pemilih perempuan dalam Pemilu/Pemilihan",
            "Persentase Partisipasi Pemilih Disabilitas dalam Pemilu/Pemilihan",
            "Persentase KPU Kabupaten Jembrana melaksanakan Pemilu/Pemilihan yang Aman dan Damai",
            "Persentase Sengketa Hukum yang dimenangkan KPU Kabupaten Jembrana",
        ], ikus);
        Assert.Equal("Terwujudnya Pemilu Serentak yang aman dan damai disertai penyelesaian sengketa hukum yang baik", doc.Sasaran[3].Uraian);

        // The last row is wrapped over seven lines on page 2.
        var last = doc.Sasaran[3].Indikator[1];
        Assert.Equal("Membandingkan putusan sengketa yang dimenangkan Komisi Pemilihan Umum Kabupaten Jembrana dengan seluruh putusan sengketa pada Komisi Pemilihan Umum Kabupaten Jembrana", last.CaraPengukuran);
        Assert.Equal("Hasil Putusan Sengketa Pemilihan Umum/Pemilihan", last.SumberData);
    }

    [Fact]
    public void Seed_blank_cells_stay_blank()
    {
        var doc = IkuDocumentParser.Parse(SeedText, Jembrana);

        Assert.Null(doc.Sasaran[0].Indikator[0].SumberData);      // 1.1 sumber data
        Assert.Null(doc.Sasaran[0].Indikator[2].CaraPengukuran);  // 1.3 cara pengukuran
        Assert.Equal(2, doc.Sasaran.SelectMany(s => s.Indikator).Sum(i => (i.CaraPengukuran is null ? 1 : 0) + (i.SumberData is null ? 1 : 0)));
    }

    [Fact]
    public void Seed_signature_gives_place_date_and_position_but_no_name()
    {
        var doc = IkuDocumentParser.Parse(SeedText, Jembrana);

        Assert.Equal("Negara", doc.Penetapan.Tempat);
        Assert.Equal(new DateOnly(2024, 1, 3), doc.Penetapan.Tanggal);
        Assert.Equal("Ketua Komisi Pemilihan Umum Kabupaten Jembrana", doc.Penetapan.Jabatan);
    }

    private const string Head = "## INDIKATOR KINERJA UTAMA DI LINGKUNGAN KPU TAHUN 2024\n\nNO\tSASARAN STRATEGIS\tINDIKATOR KINERJA UTAMA\tCARA PENGUKURAN\tSUMBER DATA\n(1)\t(2)\t(3)\t(4)\t(5)\n";

    public static TheoryData<string, int, string> Malformed => new()
    {
        { "", 1, "berkas kosong" },
        { "NO\tSASARAN STRATEGIS\tINDIKATOR KINERJA UTAMA\tCARA PENGUKURAN\tSUMBER DATA\n", 1, "judul dokumen tidak ditemukan" },
        { "## INDIKATOR KINERJA UTAMA 2024\n\n1\tSasaran\tIKU\tcara\tsumber\n", 3, "kepala tabel tidak ditemukan" },
        { Head + "1\tSasaran\tIKU\tcara\tsumber\tlebih\n", 5, "6 kolom" },
        { Head + "1\tSasaran satu\tIKU satu\tcara\tsumber\n3\tSasaran tiga\tIKU tiga\tcara\tsumber\n", 6, "nomor sasaran 3 tidak berurutan; seharusnya 2" },
        { Head + "A\tSasaran\tIKU\tcara\tsumber\n", 5, "kolom NO berisi \"A\"" },
        { Head + "\t\tIKU tanpa sasaran\tcara\tsumber\n", 5, "sebelum sasaran pertama" },
        { Head + "1\t\tIKU\tcara\tsumber\n", 5, "tidak memiliki uraian" },
        { Head + "1\tSasaran\t\tcara\tsumber\n", 5, "tidak memiliki indikator" },
        { Head + "\nNegara, 3 Januari 2024\n", 6, "tidak berisi satu sasaran" },
        { Head + "1\tSasaran\tIKU\tcara\tsumber\n\nNegara, 3 Janri 2024\n", 7, "nama bulan \"Janri\"" },
        { Head + "1\tSasaran\tIKU\tcara\tsumber\n\nNegara, 31 Februari 2024\n", 7, "tidak ada di kalender" },
        { Head + "1\tSasaran\tIKU\tcara\tsumber\n\nNegara, 3 Januari 2024\n2\tSasaran\tIKU\tcara\tsumber\n", 8, "setelah blok tanda tangan" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_documents_are_rejected_with_their_line_number(string text, int line, string message)
    {
        var e = Assert.Throws<IkuFormatException>(() => IkuDocumentParser.Parse(text, Jembrana));

        Assert.Equal(line, e.Baris);
        Assert.Contains(message, e.Pesan, StringComparison.Ordinal);
        Assert.StartsWith($"Baris {line}: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_line_endings_and_a_missing_trailing_tab_read_the_same()
    {
        var unix = Head + "1\tSasaran\tIKU satu\tcara\t\n\t\tIKU dua\t\tsumber\n";
        var windows = unix.Replace("\n", "\r\n", StringComparison.Ordinal).Replace("cara\t\r\n", "cara\r\n", StringComparison.Ordinal);

        var a = IkuDocumentParser.Parse(unix, Jembrana);
        var b = IkuDocumentParser.Parse(windows, Jembrana);

        Assert.Equal(a.Sasaran[0].Indikator, b.Sasaran[0].Indikator);
        Assert.Null(b.Sasaran[0].Indikator[0].SumberData);
        Assert.Null(b.Sasaran[0].Indikator[1].CaraPengukuran);
    }
}
