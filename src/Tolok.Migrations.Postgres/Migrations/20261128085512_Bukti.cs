using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tolok.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Bukti : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BuktiDukung",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    Jenis = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Kunci = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NamaBerkas = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    TipeKonten = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Ukuran = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DiunggahOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DiunggahPada = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuktiDukung", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuktiDukung_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BuktiDukung_SatkerId_Jenis_Kunci",
                table: "BuktiDukung",
                columns: new[] { "SatkerId", "Jenis", "Kunci" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BuktiDukung");
        }
    }
}
