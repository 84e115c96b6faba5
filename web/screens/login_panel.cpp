// The login panel and the session bar: see login_panel.h.
#include "screens/login_panel.h"

#include <imgui.h>

#include "screens/apply_requests.h"
#include "screens/session_requests.h"
#include "ui/ui_text.h"
#include "ui/widgets.h"

namespace optagelse::web {
namespace {

struct KindText {
  LoginKind kind;
  const char* id;
  std::string_view da, en, field_da, field_en;
};

constexpr KindText kKinds[] = {
    {LoginKind::kCitizen, "citizen", "Ung eller forælder", "Young person or parent", "CPR-nummer", "CPR number"},
    {LoginKind::kSchool, "school", "Grundskole", "Primary school", "Institutionsnummer", "Institution number"},
    {LoginKind::kInstitution, "institution", "Institution", "Institution", "Institutionsnummer (fx 101001)",
     "Institution number (e.g. 101001)"},
    {LoginKind::kCounsellor, "counsellor", "Vejleder (KUI)", "Counsellor (KUI)", "Kommunekode (fx 101)",
     "Municipality code (e.g. 101)"},
    {LoginKind::kRegion, "region", "Region", "Region", "Regionskode (fx 1084 Hovedstaden)", "Region code (e.g. 1084 Capital Region)"},
};

std::string PersonName(const std::optional<std::string>& name, Language lang) {
  return name ? *name : std::string(Say(lang, "Navnebeskyttet", "Name protected"));
}

// On a demo server, a few young people and a guardian of each to log in as with one click.
void DrawDemoPeople(AppState& state) {
  const Language lang = state.language;
  SessionState& session = state.session;
  if (!session.demo_people_asked) {
    session.demo_people_asked = true;
    SessionFetchDemoPeople(state);
  }
  if (session.demo_people.empty()) return;
  ui::Heading(state.widgets, "login.demo", Say(lang, "Demo: vælg en person", "Demo: pick a person"));
  for (const wire::DemoPerson& person : session.demo_people) {
    const std::string& cpr = person.cpr;
    const std::string& guardian = person.guardian.cpr;
    const std::string young = PersonName(person.name, lang) + std::string(Say(lang, " (ung)", " (young person)"));
    if (ui::Button(state.widgets, "login.demo." + cpr, young)) SessionLogInWithSimulator(state, LoginKind::kCitizen, cpr);
    const std::string parent = PersonName(person.guardian.name, lang) + std::string(Say(lang, " (forælder)", " (parent)"));
    ui::SameLineIfFits(parent);
    if (ui::Button(state.widgets, "login.demo." + cpr + ".guardian", parent)) {
      SessionLogInWithSimulator(state, LoginKind::kCitizen, guardian);
    }
  }
}

void DrawSimulator(AppState& state, LoginKind suggested) {
  const Language lang = state.language;
  SessionState& session = state.session;
  if (session.kind_chosen_on != state.screen) {  // each screen starts from whoever usually logs in there
    session.kind_chosen_on = state.screen;
    session.kind = suggested;
  }
  ui::Paragraph(state.widgets, "login.simulated",
                Say(lang, "Demo: login er simuleret. Vælg selv, hvem du er - det kan en rigtig server ikke.",
                    "Demo: login is simulated. Choose who you are - a real server does not allow this."));
  const KindText* chosen = &kKinds[0];
  for (const KindText& kind : kKinds) {
    if (&kind != &kKinds[0]) ui::SameLineIfFits(Say(lang, kind.da, kind.en), session.kind == kind.kind);
    if (ui::Choice(state.widgets, std::string("login.kind.") + kind.id, Say(lang, kind.da, kind.en), session.kind == kind.kind)) {
      session.kind = kind.kind;
    }
    if (session.kind == kind.kind) chosen = &kind;
  }
  ui::TextField(state.widgets, "login.id", Say(lang, chosen->field_da, chosen->field_en), session.id_input,
                KeyboardKind::kNumeric, state.text_focus);
  if (ui::Button(state.widgets, "login.submit", Say(lang, "Log ind", "Log in")) && !session.id_input.empty()) {
    SessionLogInWithSimulator(state, session.kind, session.id_input);
  }
  if (session.kind == LoginKind::kCitizen) DrawDemoPeople(state);
}

}  // namespace

void DrawLoginPanel(AppState& state, LoginKind suggested) {
  const Language lang = state.language;
  SessionState& session = state.session;
  ui::Heading(state.widgets, "login.heading", Say(lang, "Log ind", "Log in"));
  if (session.oidc) {
    const bool staff_first = suggested != LoginKind::kCitizen;
    const auto citizen = [&] {
      if (ui::Button(state.widgets, "login.mitid", Say(lang, "Log ind med MitID (unge og forældre)", "Log in with MitID (young people and parents)"))) {
        SessionLogInWithProvider(state, false);
      }
    };
    const auto staff = [&] {
      if (ui::Button(state.widgets, "login.staff", Say(lang, "Log ind som medarbejder (skoler, institutioner, regioner, UU/KUI)",
                                                       "Log in as staff (schools, institutions, regions, counsellors)"))) {
        SessionLogInWithProvider(state, true);
      }
    };
    staff_first ? staff() : citizen();
    staff_first ? citizen() : staff();
  }
  if (session.simulator) DrawSimulator(state, suggested);
  if (!session.asked || (!session.oidc && !session.simulator)) {
    ui::Paragraph(state.widgets, "login.unavailable", Say(lang, "Login er ikke tilgængeligt lige nu.", "Login is not available right now."));
  }
  if (!session.message.empty()) {
    ui::Status(state.widgets, "login.message", session.message, session.message_is_error ? ui::StatusKind::kError : ui::StatusKind::kSuccess);
  }
}

void DrawSessionBar(AppState& state) {
  const Language lang = state.language;
  SessionState& session = state.session;
  if (!LoggedIn(state)) {
    // Screens with their own login panel show it; the others offer one here.
    const bool has_panel = state.screen == Screen::kSchool || state.screen == Screen::kUpv || state.screen == Screen::kApply ||
                           state.screen == Screen::kInbox;
    if (has_panel) return;
    if (ui::Button(state.widgets, "nav.login", Say(lang, "Log ind", "Log in"))) session.panel_open = !session.panel_open;
    if (session.panel_open) DrawLoginPanel(state, LoginKind::kCitizen);
    else if (!session.message.empty()) ui::Status(state.widgets, "login.message", session.message, ui::StatusKind::kSuccess);
    return;
  }
  // A person sees their own name (as the register has it) once their data has come.
  const bool named = state.apply.person.has_value();
  const std::string who = session.role == "citizen"
                              ? (named ? std::string(Say(lang, "Logget ind som ", "Logged in as ")) + state.apply.person->name
                                       : std::string(Say(lang, "Logget ind", "Logged in")))
                          : session.role == "school" ? std::string(Say(lang, "Logget ind som skole ", "Logged in as school ")) + session.organisation
                          : session.role == "counsellor" ? std::string(Say(lang, "Logget ind som vejleder for kommune ", "Logged in as counsellor for municipality ")) + session.organisation
                          : session.role == "region" ? std::string(Say(lang, "Logget ind som region ", "Logged in as region ")) + session.organisation
                                                     : std::string(Say(lang, "Logget ind som institution ", "Logged in as institution ")) + session.organisation;
  ui::Paragraph(state.widgets, "nav.who", who);
  ui::SameLineIfFits(Say(lang, "Log ud", "Log out"));
  if (ui::Button(state.widgets, "nav.logout", Say(lang, "Log ud", "Log out"))) SessionLogOut(state);
}

}  // namespace optagelse::web
