using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tolok.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TokenApi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TokenApi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Nama = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NamaPengguna = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Awalan = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DibuatPada = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DibuatOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    BerlakuSampai = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    TerakhirDipakai = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DicabutPada = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DicabutOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TokenApi", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TokenApi_Hash",
                table: "TokenApi",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TokenApi_NamaPengguna",
                table: "TokenApi",
                column: "NamaPengguna");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TokenApi");
        }
    }
}
