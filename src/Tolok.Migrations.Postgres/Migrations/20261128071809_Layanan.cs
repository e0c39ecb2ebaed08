using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tolok.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Layanan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LayananInformasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Nama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LayananInformasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LayananInformasi_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PelaksanaanLayanan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LayananInformasiId = table.Column<int>(type: "integer", nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "date", nullable: false),
                    Kanal = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    JenisPemohon = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Perihal = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    WaktuResponsJam = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    Terpenuhi = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PelaksanaanLayanan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PelaksanaanLayanan_LayananInformasi_LayananInformasiId",
                        column: x => x.LayananInformasiId,
                        principalTable: "LayananInformasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LayananInformasi_SatkerId_Tahun_Nama",
                table: "LayananInformasi",
                columns: new[] { "SatkerId", "Tahun", "Nama" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PelaksanaanLayanan_LayananInformasiId",
                table: "PelaksanaanLayanan",
                column: "LayananInformasiId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PelaksanaanLayanan");

            migrationBuilder.DropTable(
                name: "LayananInformasi");
        }
    }
}
