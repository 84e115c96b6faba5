// Everything the browser app remembers between frames. Screens read and change it; nothing else
// holds state.
#pragma once

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "allocation/allocation_engine.h"
#include "applications/application.h"
#include "applications/offer_catalog.h"
#include "api_client.h"
#include "core/language.h"
#include "notifications/message_record.h"
#include "platform/browser_bridge.h"
#include "pupils/pupil_report.h"
#include "ui/widget_registry.h"
#include "upv/what_if.h"
#include "wire/application_answers.h"
#include "wire/attachment_answers.h"
#include "wire/audit_answers.h"
#include "wire/demo_answers.h"
#include "wire/guardian_answers.h"
#include "wire/json.h"
#include "wire/placement_answers.h"
#include "wire/service_answers.h"
#include "wire/staff_answers.h"
#include "wire/upv_answers.h"
#include "wire/rule_catalog.h"

namespace optagelse::web {

enum class ConnectionState { kNotChecked, kChecking, kAnswered, kFailed };
enum class Screen { kHome, kSchool, kUpv, kAllocation, kApply, kInbox, kAbout, kPrivacy, kAccessibility, kHelp };

// The school's pupil report screen: its session, the last upload's outcome, the pupil list.
struct SchoolState {
  std::string organisation;  // logged in when not empty (the session's, screens/session_requests.h)
  std::string csrf_token;
  std::string message;       // the last outcome (login, upload, correction), in the current language
  bool message_is_error = false;
  bool busy = false;
  std::vector<pupils::PupilRecord> pupils;
  std::optional<pupils::RowOutcome> status_filter;
  std::string class_filter;
  std::map<std::int64_t, std::string> cpr_fixes;  // the correction typed for each listed pupil
  std::vector<notifications::MessageRecord> messages;  // what the service wrote to the school (pupil reports)
  bool messages_loaded = false;
};

// One row of the UPV class list, as the server sent it.
struct UpvPupilRow {
  std::int64_t id = 0;
  std::string name;
  std::string class_name;
  int grade = 0;
  std::string blocked_reason;  // empty unless the pupil cannot be assessed
  std::string conflict_note;   // another school also reported the pupil (this school keeps them)
  bool assessed = false;
  bool provisional = false;
  bool ready[3] = {false, false, false};  // by upv::Track
};

// The what-if panel: a scenario edited against a base (the pupil's saved grades, or a blank
// sheet), recomputed in WebAssembly whenever it changes, and kept in localStorage.
struct WhatIfState {
  bool open = false;
  std::optional<std::int64_t> pupil_id;  // the server pupil a save goes to
  std::string label;                     // "9.B, elev 12": no name, since it is stored in the browser
  int admission_year = 2023;
  upv::UpvInput base;
  upv::UpvInput scenario;
  std::string new_subject;
  std::optional<upv::WhatIfResult> result;
  std::string input_problem;  // why the scenario cannot be assessed, in the current language
  bool dirty = true;
  double last_ms = 0;
  std::string message;
  bool message_is_error = false;
};

// A pupil or guardian looking at their own (and their children's) readiness results.
struct MyUpvState {
  bool logged_in = false;
  std::vector<wire::MyUpvPerson> people;  // GET /api/v1/me/upv
  std::string message;
};

struct UpvState {
  MyUpvState mine;
  std::vector<UpvPupilRow> pupils;
  bool loaded = false;
  std::string message;
  WhatIfState what_if;
};

// One allocation computed in the page. The result points into input and rules: keep it on the heap.
struct PreviewRun {
  allocation::AllocationInput input;
  allocation::AllocationRules rules;
  allocation::AllocationResult result;
  double milliseconds = 0;
};

// The region's and institutions' what-if allocation: a data set loaded from a file, capacities and
// rules changed in the page, run A and run B side by side.
struct AllocationPreviewState {
  std::optional<allocation::AllocationInput> data;
  std::string data_name;
  int rule_year = 2023;
  bool law880 = false;
  std::unique_ptr<PreviewRun> run_a;
  std::unique_ptr<PreviewRun> run_b;
  std::string offer_filter;
  std::map<std::size_t, std::string> capacity_text;  // offer index -> the capacity field's text
  std::string message;
  bool message_is_error = false;
};

// An applicant's published place and the reasons, from GET /api/v1/me/placement.
struct MyPlacementState {
  bool fetched = false;
  std::vector<wire::MyPlacement> placements;
};

// The applicant's and guardian's screen: the session, the server's answer for my application, the
// content being edited (validated by the core as it changes), and my children's applications.
// Travel time from my address to one institution, as the server gives it.
struct TravelShown {
  int minutes = 0;
  bool journey_planner = false;  // false: the estimate
  std::string reference_date;
};

struct ApplyState {
  std::string csrf_token;  // logged in when not empty (the session's)
  std::optional<wire::ApplicationWindow> window;         // the application window of the year
  std::optional<wire::MyRegisterData> person;            // my register data
  std::optional<wire::ApplicationView> server_application;  // none until saved once
  bool own_form_open = false;     // a parent without an application of their own asked to see the form
  std::vector<wire::AuditEntrySeen> audit_entries;  // who has looked at my data (newest first)
  bool audit_loaded = false;
  std::vector<notifications::MessageRecord> messages;           // what the service sent me (newest first)
  std::vector<notifications::MessageRecord> guardian_messages;  // ... and the guardians about my children
  bool messages_loaded = false;
  bool correcting_contact = false;  // the rectification form is open (my_rights_view)
  std::string contact_email_fix;
  std::string contact_phone_fix;
  std::array<std::string, 2> guardian_email_inputs;  // the two fields behind draft.contact.guardian_emails
  bool confirming_erase = false;    // "really delete my draft?" is showing
  bool confirming_withdraw = false; // "really withdraw my application?" is showing
  bool revising = false;            // a sent application's form is open again ("Ret ansøgning")
  applications::Application draft;
  std::int64_t version = 0;
  std::vector<applications::Offer> offers;  // nearest first once travel times are known
  applications::OfferCatalog catalog;       // the same offers, for lookup by institution and programme
  std::map<std::string, TravelShown> travel;  // by institution number
  std::vector<Problem> problems;  // the core's verdict on the draft, recomputed when it changes
  bool dirty = true;
  bool edited = false;     // unsaved changes
  std::string search;
  std::size_t search_limit = 8;  // hits shown; "Vis flere" shows more
  bool activity_mode = false;
  std::vector<wire::ChildSummary> children;           // GET /api/v1/me/children
  std::vector<wire::GuardianNotice> guardian_notices;  // newest first
  std::map<std::int64_t, std::string> guardian_comments;
  std::vector<wire::AttachmentInfo> attachments;  // my uploaded files (GET /api/v1/me/attachments)
  int forrang_choosing = 0;  // the wish rank whose list of grounds is open; 0 none
  int attaching_for = 0;     // the wish rank a file is being chosen or uploaded for; 0 none
  std::string attachment_error;  // why the last upload was refused, shown under its claim
  int attachment_error_for = 0;
  std::string message;
  bool message_is_error = false;
};

// The staff inbox: a receiving institution's applications and forrang decisions, or a counsellor's
// (KUI) applications and "another activity" reports from residents, as the server sent them.
struct InboxState {
  std::string role;  // institution, counsellor or region; logged in when not empty (the session's)
  std::string organisation;
  std::string csrf_token;
  bool loaded = false;  // the lists have come (until then, "none" would be a guess)
  std::vector<wire::StaffApplication> applications;
  std::vector<wire::StaffApplication> activities;         // counsellor: another activity
  std::vector<wire::AdmissionTestEntry> admission_tests;  // institution: who must take the test
  std::map<std::string, std::string> reasons;        // "<application>.<wish>": the refusal reason typed
  std::string message;
  bool message_is_error = false;
};

// Who may log in how, and who is logged in: one session for the whole app (the server's cookie
// holds one), adopted by every screen (screens/session_requests.h).
enum class LoginKind { kCitizen, kSchool, kInstitution, kCounsellor, kRegion };

struct SessionState {
  bool asked = false;      // the server has been asked how to log in and who is logged in
  bool oidc = false;       // the server signs in through its OpenID provider (MitID, staff login)
  bool simulator = false;  // the server runs the demo's login simulator
  std::string role;        // logged in when not empty: citizen, school, institution, counsellor, region
  std::string organisation;
  std::string csrf_token;
  std::string identity_provider;  // "oidc" or "simulator"
  bool panel_open = false;        // the header's "Log ind" opened the login panel on a screen without one
  LoginKind kind = LoginKind::kCitizen;  // the simulator form's choice
  std::optional<Screen> kind_chosen_on;  // the screen whose default the choice started from
  std::string id_input;                  // the simulator form's CPR number or organisation
  bool demo_people_asked = false;
  std::vector<wire::DemoPerson> demo_people;  // the simulator's people to pick (demo servers only)
  std::string message;
  bool message_is_error = false;
};

struct AppState {
  Language language = Language::kDanish;
  Screen screen = Screen::kHome;
  WidgetRegistry widgets;
  TextFieldFocus text_focus;  // the active text field this frame: its mirrored field gets the DOM focus

  ConnectionState connection = ConnectionState::kNotChecked;
  int server_protocol = 0;    // the server's API version (wire/health_wire.h), once it has answered
  std::optional<wire::ServiceInfo> service;  // who runs the service (GET /api/v1/service), once it has answered
  bool service_settled = false;              // ... answered or failed: the header's height is final
  ApiResponse health_answer;  // the last answer; described in the language of the moment

  std::string cpr_input;
  std::string notes;

  SessionState session;

  SchoolState school;
  UpvState upv;
  MyPlacementState placement;
  AllocationPreviewState allocation_preview;
  ApplyState apply;
  InboxState inbox;
  std::optional<wire::RuleCatalog> rules;  // the embedded rule sets, parsed at start-up
};

}  // namespace optagelse::web
