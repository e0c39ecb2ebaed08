using System.Net;
using System.Net.Http.Headers;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Lkjip;

/// <summary>
/// The profile page (/Profil): officials, signatories, letterhead, staffing and Renstra are written by planners only,
/// checked field by field in Indonesian, the logo checked by its content; what a document lacks is listed on /Dokumen.
/// </summary>
public abstract class ProfilPageTests(TolokFactory app)
{
    private const string Url = "/Profil?satker=51.01&tahun=2024";

    [Fact]
    public async Task Planners_add_officials_and_signatories_others_are_refused_and_bad_input_is_named()
    {
        using var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(Url)).StatusCode);
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var denied = await operatorClient.GetAsync(Url);
        Assert.Contains("/Akun/Ditolak", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var perencana = await app.LoginAsync(Peran.Perencana);
        var bad = await TolokFactory.PostFormAsync(perencana, Url + "&handler=Pejabat", new Dictionary<string, string>
        {
            ["satker"] = "51.01",
            ["tahun"] = "2024",
            ["Pejabat.Nama"] = "Uji <b>Pejabat</b>",
            ["Pejabat.Nip"] = "1234",
            ["Pejabat.Jabatan"] = "Sekretaris",
        }, Url);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("NIP terdiri atas 18 angka", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var ok = await TolokFactory.PostFormAsync(perencana, Url + "&handler=Pejabat", new Dictionary<string, string>
        {
            ["satker"] = "51.01",
            ["tahun"] = "2024",
            ["Pejabat.Nama"] = "Uji <b>Pejabat</b>",
            ["Pejabat.Nip"] = "19800101 200501 1 001",
            ["Pejabat.Jabatan"] = "Sekretaris Uji",
        }, Url);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var page = await perencana.GetStringAsync(Url);
        Assert.Contains("Uji &lt;b&gt;Pejabat&lt;/b&gt;", page, StringComparison.Ordinal); // user text is encoded
        Assert.Contains("19800101 200501 1 001", page, StringComparison.Ordinal);

        // Mismatched query and form values are refused before anything is written.
        var mismatch = await TolokFactory.PostFormAsync(perencana, Url + "&handler=Pegawai", new Dictionary<string, string>
        {
            ["satker"] = "51",
            ["tahun"] = "2024",
            ["PegawaiBaru.Golongan"] = "III",
            ["PegawaiBaru.Pendidikan"] = "S1",
            ["PegawaiBaru.JenisKelamin"] = "L",
            ["PegawaiBaru.Jumlah"] = "3",
        }, Url);
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
    }

    [Fact]
    public async Task A_reference_figure_needs_a_real_citation_and_reaches_the_lkjip()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        using var perencana = await app.LoginAsync(Peran.Perencana);
        const string page = "/Dokumen/Referensi?satker=51.01&tahun=2024";
        static Dictionary<string, string> Form(string sumber, string nilai) => new()
        {
            ["satker"] = "51.01",
            ["tahun"] = "2024",
            ["KodeIndikator"] = "1.2",
            ["TahunAngka"] = "2023",
            ["Jenis"] = "nasional",
            ["Label"] = "Rata-rata nilai SAKIP KPU kabupaten/kota 2023 (uji)",
            ["Nilai"] = nilai,
            ["Sumber"] = sumber,
        };
        var internalName = await TolokFactory.PostFormAsync(perencana, page, Form("Catatan kami di FACTS.md bagian SAKIP", "70,5"));
        Assert.Contains("bukan dokumen yang dapat ditelusuri", await internalName.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var ambiguous = await TolokFactory.PostFormAsync(perencana, page, Form("Laporan Hasil Evaluasi SAKIP Inspektorat Utama KPU, 2024", "70.5"));
        Assert.Contains("bukan angka", await ambiguous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await TolokFactory.PostFormAsync(perencana, page, Form("Laporan Hasil Evaluasi SAKIP Inspektorat Utama KPU, 2024", "70,5"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Laporan Hasil Evaluasi SAKIP Inspektorat Utama KPU, 2024", await perencana.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signer_outside_their_period_of_office_is_listed_before_generation()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        using var perencana = await app.LoginAsync(Peran.Perencana);
        var page = await perencana.GetStringAsync(Url);
        var id = System.Text.RegularExpressions.Regex.Match(page, "pejabat=(\\d+)#pejabat-form\">Ubah</a>\\s*<form[^>]*>\\s*(?:<input[^>]*>\\s*)*<button[^>]*aria-label=\"Hapus Ni Luh Contoh Sari").Groups[1].Value;
        Assert.NotEqual("", id);
        var edit = $"{Url}&pejabat={id}";
        var form = await perencana.GetStringAsync(edit);
        var versi = System.Text.RegularExpressions.Regex.Match(form, "name=\"Versi\" value=\"(\\d+)\"").Groups[1].Value;
        var saved = await TolokFactory.PostFormAsync(perencana, edit + "&handler=Pejabat", new Dictionary<string, string>
        {
            ["satker"] = "51.01",
            ["tahun"] = "2024",
            ["pejabat"] = id,
            ["Versi"] = versi,
            ["Pejabat.Nama"] = "Ni Luh Contoh Sari, S.E., M.M.",
            ["Pejabat.Nip"] = "197503122003122002",
            ["Pejabat.Jabatan"] = "Sekretaris Komisi Pemilihan Umum Kabupaten Jembrana",
            ["Pejabat.Mulai"] = "2023-01-01",
            ["Pejabat.Selesai"] = "2023-12-31",
        }, edit);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var dokumen = await perencana.GetStringAsync("/Dokumen?satker=51.01&tahun=2024");
        Assert.Contains("Perjanjian Kinerja: tanggal 31 Januari 2024 di luar masa jabatan Ni Luh Contoh Sari, S.E., M.M.", dokumen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_logo_is_checked_by_content_an_svg_or_a_renamed_file_is_refused()
    {
        using var perencana = await app.LoginAsync(Peran.Perencana);
        async Task<HttpResponseMessage> Unggah(byte[] data, string name, string type)
        {
            var token = await TolokFactory.TokenAsync(perencana, Url);
            using var form = new MultipartFormDataContent
            {
                { new StringContent("51.01"), "satker" },
                { new StringContent("2024"), "tahun" },
                { new StringContent("Jalan Uji 1"), "Alamat" },
                { new StringContent(token), "__RequestVerificationToken" },
            };
            var file = new ByteArrayContent(data);
            file.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(file, "logo", name);
            return await perencana.PostAsync(Url + "&handler=Kop", form);
        }
        var svg = await Unggah("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray(), "logo.png", "image/png");
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Contains("Logo SVG belum dapat dipakai", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var text = await Unggah("bukan gambar"u8.ToArray(), "logo.png", "image/png");
        Assert.Contains("harus gambar PNG atau JPEG", await text.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var surface = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(1200, 600));
        surface.Canvas.Clear(SkiaSharp.SKColors.Red);
        using var image = surface.Snapshot();
        using var jpeg = image.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 80);
        var ok = await Unggah(jpeg.ToArray(), "logo.jpg", "image/jpeg");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var stored = await perencana.GetByteArrayAsync("/Profil?handler=Logo&satker=51.01");
        using var codec = SkiaSharp.SKCodec.Create(new SkiaSharp.SKMemoryStream(stored));
        Assert.Equal(SkiaSharp.SKEncodedImageFormat.Png, codec.EncodedFormat); // stored as PNG, at most 600 px
        Assert.Equal(600, codec.Info.Width);
    }
}

public sealed class ProfilPageTestsSqlite(SqliteFactory app) : ProfilPageTests(app), IClassFixture<SqliteFactory>;

public sealed class ProfilPageTestsPostgres(PostgresFactory app) : ProfilPageTests(app), IClassFixture<PostgresFactory>;