using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tolok.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Sengketa : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AturanMenang",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Putusan = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PeranKpu = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Menang = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AturanMenang", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Perkara",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    Forum = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    NomorPerkara = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Pihak = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PeranKpu = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Pokok = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    TanggalRegistrasi = table.Column<DateOnly>(type: "date", nullable: false),
                    TanggalPutusan = table.Column<DateOnly>(type: "date", nullable: true),
                    Putusan = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Catatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Perkara", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Perkara_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AturanMenang_Putusan_PeranKpu",
                table: "AturanMenang",
                columns: new[] { "Putusan", "PeranKpu" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Perkara_SatkerId_Forum_NomorPerkara",
                table: "Perkara",
                columns: new[] { "SatkerId", "Forum", "NomorPerkara" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AturanMenang");

            migrationBuilder.DropTable(
                name: "Perkara");
        }
    }
}
