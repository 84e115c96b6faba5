// The staff's lists of applications (each application as that audience sees it, with who applied):
//   GET /api/v1/institutions/{instnr}/applications     InstitutionInbox
//   GET /api/v1/institutions/{instnr}/admission-tests  AdmissionTestList
//   GET /api/v1/regions/{code}/forrang-claims          InstitutionInbox (the claims the region decides)
//   GET /api/v1/counsellors/{code}/applications        CounsellorInbox
// Written by the server, read by the app, through wire/field_codec.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "wire/application_answers.h"
#include "wire/field_codec.h"

namespace optagelse::wire {

// The applicant as staff see them: the CPR number, and the name unless it is protected (or the
// person is not in the register, when nothing more is known).
struct ApplicantSeen {
  std::string cpr;
  std::optional<std::string> name;
  bool name_protected = false;
};

constexpr auto WireFields(const ApplicantSeen*) {
  return std::tuple{Member{"cpr", &ApplicantSeen::cpr, "the applicant's CPR number"},
                    Member{"name", &ApplicantSeen::name, "null under name protection"},
                    Member{"name_protected", &ApplicantSeen::name_protected, "the register protects the name"}};
}

struct StaffApplication {
  ApplicationView application;  // inline
  ApplicantSeen applicant;
  std::optional<std::vector<int>> ranks_here;  // institution and region lists: the wishes that concern them
};

constexpr auto WireFields(const StaffApplication*) {
  return std::tuple{Inline{&StaffApplication::application, "the application as this audience sees it"},
                    Member{"applicant", &StaffApplication::applicant, "who applied"},
                    Member{"ranks_here", &StaffApplication::ranks_here,
                           "the wishes that concern the reader (institution: at it; region: claims it decides); null for counsellors"}};
}

struct InstitutionInbox {
  int admission_year = 0;
  std::vector<StaffApplication> applications;
};

constexpr auto WireFields(const InstitutionInbox*) {
  return std::tuple{Member{"admission_year", &InstitutionInbox::admission_year, "the year applied for"},
                    Member{"applications", &InstitutionInbox::applications, "in application order"}};
}

struct AdmissionTestEntry {
  std::int64_t application = 0;
  ApplicantSeen applicant;
  std::string programme;
  std::string reason;
};

constexpr auto WireFields(const AdmissionTestEntry*) {
  return std::tuple{Member{"application", &AdmissionTestEntry::application, "the application's number"},
                    Member{"applicant", &AdmissionTestEntry::applicant, "who must take the test"},
                    Member{"programme", &AdmissionTestEntry::programme, "the 1st wish's programme"},
                    Member{"reason", &AdmissionTestEntry::reason, "why (e.g. not assessed ready, late application)"}};
}

struct AdmissionTestList {
  int admission_year = 0;
  std::vector<AdmissionTestEntry> admission_tests;
};

constexpr auto WireFields(const AdmissionTestList*) {
  return std::tuple{Member{"admission_year", &AdmissionTestList::admission_year, "the year applied for"},
                    Member{"admission_tests", &AdmissionTestList::admission_tests, "applicants with their 1st wish here"}};
}

struct CounsellorInbox {
  int admission_year = 0;
  std::vector<StaffApplication> applications;
  std::vector<StaffApplication> another_activity;
};

constexpr auto WireFields(const CounsellorInbox*) {
  return std::tuple{Member{"admission_year", &CounsellorInbox::admission_year, "the year applied for"},
                    Member{"applications", &CounsellorInbox::applications, "residents' applications for education"},
                    Member{"another_activity", &CounsellorInbox::another_activity,
                           "residents who will do something else (their plan in content.another_activity)"}};
}

}  // namespace optagelse::wire
