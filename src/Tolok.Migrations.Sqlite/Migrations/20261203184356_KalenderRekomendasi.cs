using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KalenderRekomendasi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AturanKewajiban",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Judul = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TahunBerikut = table.Column<bool>(type: "INTEGER", nullable: false),
                    Bulan = table.Column<int>(type: "INTEGER", nullable: false),
                    Hari = table.Column<int>(type: "INTEGER", nullable: true),
                    Aktif = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AturanKewajiban", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AturanKewajiban_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PengingatTerkirim",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kunci = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HariSebelum = table.Column<int>(type: "INTEGER", nullable: false),
                    Penerima = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DikirimPada = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PengingatTerkirim", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RekomendasiLhe",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    LheId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nomor = table.Column<int>(type: "INTEGER", nullable: false),
                    Uraian = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Komponen = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    JatuhTempo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PenanggungJawab = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RekomendasiLhe", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RekomendasiLhe_Lhe_LheId",
                        column: x => x.LheId,
                        principalTable: "Lhe",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TokenKalender",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PenggunaId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DibuatPada = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TokenKalender", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TindakLanjutLhe",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    RekomendasiLheId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Uraian = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Bukti = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DicatatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DicatatPada = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TindakLanjutLhe", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TindakLanjutLhe_RekomendasiLhe_RekomendasiLheId",
                        column: x => x.RekomendasiLheId,
                        principalTable: "RekomendasiLhe",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AturanKewajiban_SatkerId_Kode",
                table: "AturanKewajiban",
                columns: new[] { "SatkerId", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PengingatTerkirim_Kunci_HariSebelum_Penerima",
                table: "PengingatTerkirim",
                columns: new[] { "Kunci", "HariSebelum", "Penerima" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RekomendasiLhe_LheId_Nomor",
                table: "RekomendasiLhe",
                columns: new[] { "LheId", "Nomor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TindakLanjutLhe_RekomendasiLheId",
                table: "TindakLanjutLhe",
                column: "RekomendasiLheId");

            migrationBuilder.CreateIndex(
                name: "IX_TokenKalender_Hash",
                table: "TokenKalender",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TokenKalender_PenggunaId",
                table: "TokenKalender",
                column: "PenggunaId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AturanKewajiban");

            migrationBuilder.DropTable(
                name: "PengingatTerkirim");

            migrationBuilder.DropTable(
                name: "TindakLanjutLhe");

            migrationBuilder.DropTable(
                name: "TokenKalender");

            migrationBuilder.DropTable(
                name: "RekomendasiLhe");
        }
    }
}
