using System.Text;
using nietras.SeparatedValues;
using Tolok.Infrastructure;

namespace Tolok.Tests.Infrastructure;

public class CsvTulisTests
{
    [Fact]
    public async Task Text_is_always_quoted_and_never_a_formula_and_numbers_stay_numbers()
    {
        var bytes = await CsvTulis.BytesAsync(["nama", "satuan", "nilai"],
        [
            ["=HYPERLINK(\"http://x\")", "orang, jiwa", CsvSel.Dari(-5.25m)],
            ["+62 812", "@kpu", CsvSel.Dari((decimal?)null)],
            ["-tanpa", "tab\tdi tengah", CsvSel.Dari(80)],
            ["baris\nbaru \"kutip\"", null, CsvSel.Dari(0.5m)],
        ]);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n');
        Assert.Equal("nama,satuan,nilai", lines[0].TrimEnd('\r'));
        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\")\",\"orang, jiwa\",-5.25", lines[1].TrimEnd('\r'));
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(Encoding.UTF8.GetString(bytes[3..]));
        var rows = reader.Enumerate(r => (r["nama"].ToString(), r["satuan"].ToString(), r["nilai"].ToString())).ToList();
        Assert.Equal(
        [
            ("'=HYPERLINK(\"http://x\")", "orang, jiwa", "-5.25"),
            ("'+62 812", "'@kpu", ""),
            ("'-tanpa", "tab\tdi tengah", "80"),
            ("baris\nbaru \"kutip\"", "", "0.5"),
        ], rows);
    }

    [Fact]
    public async Task A_table_without_rows_still_has_its_header()
    {
        var text = Encoding.UTF8.GetString(await CsvTulis.BytesAsync(["kode", "nama"], [], bom: false));
        Assert.Equal("kode,nama", text.TrimEnd());
    }
}
