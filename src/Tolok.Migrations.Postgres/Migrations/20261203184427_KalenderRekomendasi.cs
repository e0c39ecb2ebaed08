using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tolok.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    SatkerId = table.Column<int>(type: "integer", nullable: true),
                    Kode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Judul = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TahunBerikut = table.Column<bool>(type: "boolean", nullable: false),
                    Bulan = table.Column<int>(type: "integer", nullable: false),
                    Hari = table.Column<int>(type: "integer", nullable: true),
                    Aktif = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kunci = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HariSebelum = table.Column<int>(type: "integer", nullable: false),
                    Penerima = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DikirimPada = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PengingatTerkirim", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RekomendasiLhe",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    LheId = table.Column<int>(type: "integer", nullable: false),
                    Nomor = table.Column<int>(type: "integer", nullable: false),
                    Uraian = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Komponen = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    JatuhTempo = table.Column<DateOnly>(type: "date", nullable: false),
                    PenanggungJawab = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PenggunaId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DibuatPada = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TokenKalender", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TindakLanjutLhe",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    RekomendasiLheId = table.Column<int>(type: "integer", nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "date", nullable: false),
                    Uraian = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Bukti = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    DicatatOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DicatatPada = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
