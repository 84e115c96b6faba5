// Pupil report validation, table-driven: each row's outcome and exact problem codes, against a
// small register and institution catalogue.
#include <map>

#include <gtest/gtest.h>

#include "pupils/pupil_report.h"
#include "pupils/pupil_report_reader.h"

namespace optagelse::pupils {
namespace {

class TestCatalog : public InstitutionCatalog {
 public:
  const registry::Institution* FindInstitution(std::string_view number) const override {
    for (const registry::Institution& institution : institutions_) {
      if (institution.number == number) return &institution;
    }
    return nullptr;
  }

 private:
  static registry::Institution School(const char* number, const char* name, int municipality,
                                      std::vector<std::string> programmes) {
    registry::Institution school;
    school.number = number;
    school.name = name;
    school.municipality_code = municipality;
    school.kind = "grundskole";
    school.programmes = std::move(programmes);
    return school;
  }
  std::vector<registry::Institution> institutions_ = {School("101002", "Nørre Skole", 101, {"4800", "4805"}),
                                                      School("147004", "Frederiksberg Efterskole", 147, {"4804"})};
};

registry::Person Resident(const char* cpr, const char* name) {
  registry::Person person;
  person.cpr = cpr;
  person.name = name;
  person.municipality_code = 101;
  return person;
}

registry::Dataset TestRegister() {
  registry::Dataset dataset;
  for (const char* cpr : {"0101104002", "1505094006", "2902084005"}) dataset.persons.push_back(Resident(cpr, "Elev"));
  registry::Person administrative = Resident("0101900002", "Adm");
  administrative.administrative = true;
  dataset.persons.push_back(administrative);
  return dataset;
}

PupilRow Row(std::string cpr) {
  return PupilRow{2, std::move(cpr), "Søren Ærbøl", "101002", "4800", "9", "9.B", "2024-08-12", ""};
}

struct ReportCase {
  const char* name;
  PupilRow row;
  RowOutcome outcome;
  std::vector<ErrorCode> codes;
};

void PrintTo(const ReportCase& c, std::ostream* os) { *os << c.name; }

class PupilRowTest : public ::testing::TestWithParam<ReportCase> {};

TEST_P(PupilRowTest, JudgesTheRow) {
  const TestCatalog catalog;
  const registry::InMemoryRegister cpr_register(TestRegister());
  const auto results = ValidatePupilReport({GetParam().row}, "101002", catalog, cpr_register);
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].outcome, GetParam().outcome);
  std::vector<ErrorCode> codes;
  for (const Problem& problem : results[0].problems) codes.push_back(problem.code);
  EXPECT_EQ(codes, GetParam().codes);
}

PupilRow With(PupilRow row, std::string PupilRow::*member, std::string value) {
  row.*member = std::move(value);
  return row;
}

INSTANTIATE_TEST_SUITE_P(
    Rows, PupilRowTest,
    ::testing::Values(
        ReportCase{"registered", Row("0101104002"), RowOutcome::kAccepted, {ErrorCode::kCprModulus11Failed}},
        ReportCase{"registered_hyphen", Row("150509-4006"), RowOutcome::kAccepted, {}},
        ReportCase{"administrative", Row("0101900002"), RowOutcome::kAccepted, {}},
        ReportCase{"day_plus_60", Row("6101104002"), RowOutcome::kFiltered, {ErrorCode::kCprFictitiousDayPlus60}},
        ReportCase{"letters", Row("0101101AB2"), RowOutcome::kFiltered, {ErrorCode::kCprFictitiousLetters}},
        ReportCase{"not_in_register", Row("1505094014"), RowOutcome::kFiltered, {ErrorCode::kCprNotInRegister}},
        ReportCase{"malformed_cpr", Row("15050940"), RowOutcome::kRejected, {ErrorCode::kCprWrongLength}},
        ReportCase{"other_school", With(Row("1505094006"), &PupilRow::institution, "147004"), RowOutcome::kRejected,
                   {ErrorCode::kWrongInstitution}},
        ReportCase{"bad_instnr", With(Row("1505094006"), &PupilRow::institution, "10100"), RowOutcome::kRejected,
                   {ErrorCode::kInvalidInstitutionNumber}},
        ReportCase{"unknown_education", With(Row("1505094006"), &PupilRow::education_code, "9999"), RowOutcome::kRejected,
                   {ErrorCode::kUnknownEducationCode}},
        ReportCase{"education_not_offered", With(Row("1505094006"), &PupilRow::education_code, "4804"),
                   RowOutcome::kRejected, {ErrorCode::kEducationNotOffered}},
        ReportCase{"grade_7", With(Row("1505094006"), &PupilRow::grade, "7"), RowOutcome::kRejected, {ErrorCode::kInvalidGrade}},
        ReportCase{"grade_text", With(Row("1505094006"), &PupilRow::grade, "9a"), RowOutcome::kRejected, {ErrorCode::kInvalidGrade}},
        ReportCase{"grade_not_for_10th_only", With(With(Row("1505094006"), &PupilRow::education_code, "4805"), &PupilRow::grade, "9"),
                   RowOutcome::kRejected, {ErrorCode::kGradeNotForEducation}},
        ReportCase{"no_name", With(Row("1505094006"), &PupilRow::name, ""), RowOutcome::kRejected, {ErrorCode::kMissingField}},
        ReportCase{"no_class", With(Row("1505094006"), &PupilRow::class_name, ""), RowOutcome::kRejected, {ErrorCode::kInvalidClass}},
        ReportCase{"danish_date", With(Row("1505094006"), &PupilRow::start_date, "12.08.2024"), RowOutcome::kAccepted, {}},
        ReportCase{"impossible_date", With(Row("1505094006"), &PupilRow::start_date, "2024-02-30"), RowOutcome::kRejected,
                   {ErrorCode::kInvalidDate}},
        ReportCase{"end_before_start", With(Row("1505094006"), &PupilRow::end_date, "2024-06-30"), RowOutcome::kRejected,
                   {ErrorCode::kEndBeforeStart}},
        // A fictitious number with other errors too: the errors decide (the school must fix the data).
        ReportCase{"filtered_and_wrong", With(Row("6101104002"), &PupilRow::grade, "11"), RowOutcome::kRejected,
                   {ErrorCode::kCprFictitiousDayPlus60, ErrorCode::kInvalidGrade}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(PupilReport, ADuplicatedCprRejectsTheLaterRow) {
  const TestCatalog catalog;
  const registry::InMemoryRegister cpr_register(TestRegister());
  const auto results = ValidatePupilReport({Row("1505094006"), Row("150509-4006")}, "101002", catalog, cpr_register);
  EXPECT_EQ(results[0].outcome, RowOutcome::kAccepted);
  EXPECT_EQ(results[1].outcome, RowOutcome::kRejected);
  EXPECT_EQ(results[1].problems.at(0).code, ErrorCode::kDuplicateValue);
}

TEST(PupilReport, FilteredPupilsKeepTheirBirthDateForMatchingLater) {
  const TestCatalog catalog;
  const registry::InMemoryRegister cpr_register(TestRegister());
  const auto results = ValidatePupilReport({Row("6101104002")}, "101002", catalog, cpr_register);
  ASSERT_TRUE(results[0].pupil.birth_date.has_value());
  EXPECT_EQ(*results[0].pupil.birth_date, (Date{2010, 1, 1}));
}

TEST(PupilReportReader, FindsColumnsByDanishOrEnglishNameInAnyOrder) {
  auto table = text::ParseCsv("Klasse;NAVN;cpr;InstNr;Uddannelseskode;Klassetrin;Startdato\n9.B;Ida;0101104002;101002;4800;9;2024-08-12\n");
  ASSERT_TRUE(table.has_value());
  auto read = ReadPupilRows(*table);
  ASSERT_TRUE(read.has_value());
  ASSERT_EQ(read->rows.size(), 1u);
  EXPECT_EQ(read->rows[0].cpr, "0101104002");
  EXPECT_EQ(read->rows[0].class_name, "9.B");
  EXPECT_EQ(read->rows[0].line, 2);
  EXPECT_TRUE(read->rows[0].end_date.empty());
}

TEST(PupilReportReader, ReportsEveryMissingColumnAtOnce) {
  auto table = text::ParseCsv("cpr;navn;klasse\n1;2;3\n");
  auto read = ReadPupilRows(*table);
  ASSERT_FALSE(read.has_value());
  std::vector<std::string> missing;
  for (const Problem& problem : read.error()) {
    EXPECT_EQ(problem.code, ErrorCode::kMissingColumn);
    missing.push_back(problem.detail);
  }
  EXPECT_EQ(missing, (std::vector<std::string>{"instnr", "uddannelseskode", "klassetrin", "startdato"}));
}

TEST(PupilReportReader, RowsWithTheWrongFieldCountAreRejectedNotDropped) {
  auto table = text::ParseCsv("cpr;navn;instnr;uddannelseskode;klassetrin;klasse;startdato\n1;2\n");
  auto read = ReadPupilRows(*table);
  ASSERT_TRUE(read.has_value());
  EXPECT_TRUE(read->rows.empty());
  ASSERT_EQ(read->unreadable.size(), 1u);
  EXPECT_EQ(read->unreadable[0].problems.at(0).code, ErrorCode::kCsvFieldCount);
  EXPECT_EQ(read->unreadable[0].line, 2);
}

}  // namespace
}  // namespace optagelse::pupils
