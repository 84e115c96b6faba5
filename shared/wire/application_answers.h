// An application as its readers see it, and the applicant's own answers:
//   GET /api/v1/me/application                 MyApplicationAnswer
//   PUT /api/v1/me/application, POST .../submit, .../withdraw, contact corrections
//                                              ApplicationChangeAnswer
//   POST /api/v1/applications/{id}/signature   ApplicationChangeAnswer (the guardian's view)
// and the application inside a guardian's, an institution's, a counsellor's and a region's lists.
// Written by the server, read by the app, through wire/field_codec.h. Which members an audience gets
// is the server's (application_flow/application_state.cpp): a member another audience does not
// get is null. The content's own format is wire/application_wire.h (docs/applications.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "wire/field_codec.h"

namespace optagelse::wire {

struct ApplicationWindow {
  int admission_year = 0;
  std::string opens;
  std::string deadline;
  std::string now;
  std::string phase;  // not_open, open, after_deadline
};

constexpr auto WireFields(const ApplicationWindow*) {
  return std::tuple{Member{"admission_year", &ApplicationWindow::admission_year, "the year applied for"},
                    Member{"opens", &ApplicationWindow::opens, "when applying opens (ISO 8601, UTC)"},
                    Member{"deadline", &ApplicationWindow::deadline, "the deadline (ISO 8601, UTC)"},
                    Member{"now", &ApplicationWindow::now, "the server's time"},
                    Member{"phase", &ApplicationWindow::phase, "not_open, open or after_deadline"}};
}

// The person's own register data: shown to them in full, protection or not (the protection is
// against others); the flags let the screen say who else cannot see it.
struct MyRegisterData {
  std::string name;
  std::string address;
  int municipality_code = 0;
  bool name_protected = false;
  bool address_protected = false;
};

constexpr auto WireFields(const MyRegisterData*) {
  return std::tuple{Member{"name", &MyRegisterData::name, "my name in the register"},
                    Member{"address", &MyRegisterData::address, "my address in the register"},
                    Member{"municipality_code", &MyRegisterData::municipality_code, "my municipality"},
                    Member{"name_protected", &MyRegisterData::name_protected, "others are not shown my name"},
                    Member{"address_protected", &MyRegisterData::address_protected, "others are not shown my address"}};
}

// A guardian's decision, without the guardian's identity.
struct SignatureDecisionSeen {
  std::string decision;  // sign or decline
  std::string comment;
  std::string at;
  bool current = false;  // on the content as it is now
};

constexpr auto WireFields(const SignatureDecisionSeen*) {
  return std::tuple{Member{"decision", &SignatureDecisionSeen::decision, "sign or decline"},
                    Member{"comment", &SignatureDecisionSeen::comment, "the guardian's comment"},
                    Member{"at", &SignatureDecisionSeen::at, "when (ISO 8601, UTC)"},
                    Member{"current", &SignatureDecisionSeen::current, "made on the content as it is now"}};
}

struct SignatureSeen {
  bool required = false;
  bool valid = false;
  std::vector<SignatureDecisionSeen> decisions;  // the applicant's and guardians' views only
};

constexpr auto WireFields(const SignatureSeen*) {
  return std::tuple{Member{"required", &SignatureSeen::required, "the applicant is under 18 on the deadline"},
                    Member{"valid", &SignatureSeen::valid, "a guardian with custody signed the current content"},
                    Member{"decisions", &SignatureSeen::decisions, "the latest decisions (empty for staff)"}};
}

struct ForrangDecisionSeen {
  int wish = 0;
  std::string ground;
  std::string decision;  // granted or refused
  std::string reason;
  std::string at;
};

constexpr auto WireFields(const ForrangDecisionSeen*) {
  return std::tuple{Member{"wish", &ForrangDecisionSeen::wish, "the wish's rank"},
                    Member{"ground", &ForrangDecisionSeen::ground, "the forrang ground claimed"},
                    Member{"decision", &ForrangDecisionSeen::decision, "granted or refused"},
                    Member{"reason", &ForrangDecisionSeen::reason, "why, when refused"},
                    Member{"at", &ForrangDecisionSeen::at, "when (ISO 8601, UTC)"}};
}

// Who decides the claim on a wish (applications/forrang_decider.h): the institution, or for
// handicap the region.
struct ForrangDecider {
  int wish = 0;
  std::string decided_by;  // institution or region
};

constexpr auto WireFields(const ForrangDecider*) {
  return std::tuple{Member{"wish", &ForrangDecider::wish, "the claimed wish's rank"},
                    Member{"decided_by", &ForrangDecider::decided_by, "institution or region"}};
}

struct ApplicationEvent {
  std::int64_t version = 0;
  std::string event;
  std::string by;  // the actor's role
  std::string at;
  Json detail;
};

constexpr auto WireFields(const ApplicationEvent*) {
  return std::tuple{Member{"version", &ApplicationEvent::version, "the application's version after it"},
                    Member{"event", &ApplicationEvent::event, "saved, submitted, withdrawn, signed, ..."},
                    Member{"by", &ApplicationEvent::by, "the role that did it"},
                    Member{"at", &ApplicationEvent::at, "when (ISO 8601, UTC)"},
                    Member{"detail", &ApplicationEvent::detail, "what changed (an object; docs/applications.md)"}};
}

struct ApplicationView {
  std::int64_t id = 0;
  int admission_year = 0;
  std::int64_t version = 0;
  std::string status;
  Json content;            // wire/application_wire.h, with forrang documentation only for its decider
  Json institution_names;  // {"<institution number>": "<name>"} for the wished institutions
  std::string content_sha256;
  std::optional<std::string> route;
  std::string updated_at;
  SignatureSeen signature;
  std::optional<std::vector<ForrangDecisionSeen>> forrang_decisions;  // applicant, institution, region
  std::optional<std::vector<ForrangDecider>> forrang_deciders;        // institution, region
  std::optional<std::vector<ApplicationEvent>> history;              // applicant only
  std::optional<bool> history_complete;                              // applicant only
  std::optional<bool> ever_submitted;                                // applicant only
};

constexpr auto WireFields(const ApplicationView*) {
  return std::tuple{
      Member{"id", &ApplicationView::id, "the application's number"},
      Member{"admission_year", &ApplicationView::admission_year, "the year applied for"},
      Member{"version", &ApplicationView::version, "send it back with a change (optimistic locking)"},
      Member{"status", &ApplicationView::status, "draft, awaiting_signature, submitted, withdrawn, late, allocated, ..."},
      Member{"content", &ApplicationView::content, "wishes, forrang claims, contact (docs/applications.md)"},
      Member{"institution_names", &ApplicationView::institution_names, "the wished institutions' names by number"},
      Member{"content_sha256", &ApplicationView::content_sha256, "what a guardian's signature covers"},
      Member{"route", &ApplicationView::route, "the routing of an application that needs a counsellor; null when none"},
      Member{"updated_at", &ApplicationView::updated_at, "last change (ISO 8601, UTC)"},
      Member{"signature", &ApplicationView::signature, "the guardians' signature"},
      Member{"forrang_decisions", &ApplicationView::forrang_decisions, "decisions on forrang claims (not for guardians, counsellors)"},
      Member{"forrang_deciders", &ApplicationView::forrang_deciders, "who decides each claim (institutions and regions only)"},
      Member{"history", &ApplicationView::history, "the latest events (the applicant only; all in the insight export)"},
      Member{"history_complete", &ApplicationView::history_complete, "no older events were left out"},
      Member{"ever_submitted", &ApplicationView::ever_submitted, "it was submitted at some point"}};
}

struct MyApplicationAnswer {
  ApplicationWindow window;
  MyRegisterData person;
  std::optional<ApplicationView> application;  // null until saved once
  Json problems;  // what still stops it from being sent, as in error answers (code, field, texts)
};

constexpr auto WireFields(const MyApplicationAnswer*) {
  return std::tuple{Member{"window", &MyApplicationAnswer::window, "the year's application window"},
                    Member{"person", &MyApplicationAnswer::person, "my register data"},
                    Member{"application", &MyApplicationAnswer::application, "my application; null until saved once"},
                    Member{"problems", &MyApplicationAnswer::problems,
                           "what still stops it from being sent: a list of problems as in error answers"}};
}

struct ApplicationChangeAnswer {
  ApplicationView application;
  Json problems;
  bool unchanged = false;
};

constexpr auto WireFields(const ApplicationChangeAnswer*) {
  return std::tuple{Member{"application", &ApplicationChangeAnswer::application, "the application after the change"},
                    Member{"problems", &ApplicationChangeAnswer::problems,
                           "what still stops it from being sent (a list as in error answers; null for a guardian)"},
                    Member{"unchanged", &ApplicationChangeAnswer::unchanged, "a save that changed nothing (no new version)"}};
}

}  // namespace optagelse::wire
