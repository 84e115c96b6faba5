// The typed answers' document: see answer_catalog.h. A route whose answer gets a type is added here.
#include "wire/answer_catalog.h"

#include "wire/application_answers.h"
#include "wire/attachment_answers.h"
#include "wire/audit_answers.h"
#include "wire/demo_answers.h"
#include "wire/guardian_answers.h"
#include "wire/placement_answers.h"
#include "wire/service_answers.h"
#include "wire/staff_answers.h"
#include "wire/upv_answers.h"

namespace optagelse::wire {
namespace {

template <class T>
void Section(const char* routes, const char* type, const char* what, std::string& out) {
  out += "\n## " + std::string(routes) + "\n\n" + what + " (`wire::" + type + "`).\n\n";
  out += "| member | type | meaning |\n|---|---|---|\n";
  DescribeAnswer<T>("", out);
}

}  // namespace

std::string ApiAnswersMarkdown() {
  std::string out =
      "# Typed API answers\n\n"
      "Generated from the member lists in `shared/wire/*_answers.h` (`build/native/tools/optagelse api-answers >\n"
      "docs/api-answers.md`); a test fails when this file and the code differ. The server writes these answers and\n"
      "the browser app reads them through the same lists (`shared/wire/field_codec.h`), so a renamed member changes\n"
      "both. Members not listed are ignored by readers; `or null` members may also be absent. Routes not listed here\n"
      "still write their JSON by hand (docs/architecture.md, \"Work left\").\n";
  Section<ServiceInfo>("GET /api/v1/service", "ServiceInfo", "Who runs the service and how to reach them (public)", out);
  Section<MyApplicationAnswer>("GET /api/v1/me/application", "MyApplicationAnswer",
                               "My application with the year's window and my register data", out);
  Section<ApplicationChangeAnswer>(
      "PUT /api/v1/me/application, POST /api/v1/me/application/submit|withdraw, PUT /api/v1/me/contact, "
      "POST /api/v1/applications/{id}/signature",
      "ApplicationChangeAnswer", "The application after the change (the signature's answer: as the guardian sees it)", out);
  Section<AttachmentInfo>("POST /api/v1/me/attachments", "AttachmentInfo", "The file just stored", out);
  Section<AttachmentList>("GET /api/v1/me/attachments", "AttachmentList", "My uploaded files", out);
  Section<AuditTrailSeen>("GET /api/v1/me/audit", "AuditTrailSeen",
                          "Who has looked at or changed my data, as I may see it (also `audit_trail` in the insight export)",
                          out);
  Section<DemoPeople>("GET /api/v1/demo/people", "DemoPeople", "The login simulator's picker (empty unless --demo-login yes)",
                      out);
  Section<MyPlacements>("GET /api/v1/me/placement", "MyPlacements",
                        "My published place and why, wish by wish (computed from the stored run, never stored twice)", out);
  Section<GuardianChildren>("GET /api/v1/me/children", "GuardianChildren",
                            "A guardian's children under 18 in custody, their applications, and what the service told the guardian",
                            out);
  Section<InstitutionInbox>("GET /api/v1/institutions/{instnr}/applications, GET /api/v1/regions/{code}/forrang-claims",
                            "InstitutionInbox",
                            "Applications to an institution (1st wish there, or a claim on a wish there), or the handicap claims a "
                            "region decides",
                            out);
  Section<AdmissionTestList>("GET /api/v1/institutions/{instnr}/admission-tests", "AdmissionTestList",
                             "Who must take the institution's admission test, and why", out);
  Section<CounsellorInbox>("GET /api/v1/counsellors/{code}/applications", "CounsellorInbox",
                           "The municipality's young people's applications and \"another activity\" reports", out);
  Section<MyUpv>("GET /api/v1/me/upv", "MyUpv", "My own readiness assessments and my children's under 18", out);
  return out;
}

}  // namespace optagelse::wire
