// The applicant's screen: see apply_screen.h. Problems from the core's validation appear under the
// field they concern, in the user's language, as the applicant types.
#include "screens/apply_screen.h"

#include <algorithm>

#include <imgui.h>

#include "calendar/date_text.h"

#include "applications/application_status.h"
#include "applications/application_validation.h"
#include "core/messages.h"
#include "applications/wish_editing.h"
#include "applications/offer_search.h"
#include "applications/programme_names.h"
#include "screens/apply_editing.h"
#include "screens/apply_requests.h"
#include "screens/login_panel.h"
#include "screens/forrang_view.h"
#include "screens/guardian_view.h"
#include "screens/my_audit_view.h"
#include "screens/my_messages_view.h"
#include "screens/my_rights_view.h"
#include "screens/receipt_view.h"
#include "ui/ui_text.h"
#include "ui/drag_reorder.h"
#include "ui/widgets.h"

namespace optagelse::web {
namespace {

void Revalidate(AppState& state) {
  ApplyState& apply = state.apply;
  if (!apply.dirty || !state.rules || !apply.window) return;
  auto rules = state.rules->ForYear(apply.window->admission_year);
  if (!rules) return;
  applications::Application content = apply.draft;
  if (apply.activity_mode) content.wishes.clear(); else content.another_activity.reset();
  apply.problems = applications::ValidateApplication(content, apply.catalog, **rules,
                                                     applications::Stage::kDraft);
  apply.dirty = false;
}

std::string OfferName(const ApplyState& apply, const applications::Wish& wish) {
  const applications::Offer* offer = apply.catalog.Find(wish.institution, wish.programme);
  return (offer ? offer->institution_name : wish.institution) + " - " + wish.programme;
}

// " - 14 min. (anslået)" / " - 14 min (journey planner, 2024-03-14)"; empty when no time is known.
constexpr int kLongEstimateMinutes = 90;
constexpr std::size_t kSearchPage = 8;  // hits shown at a time

std::string TravelText(const ApplyState& apply, const std::string& institution, Language lang) {
  const auto found = apply.travel.find(institution);
  if (found == apply.travel.end()) return {};
  const TravelShown& time = found->second;
  const std::string source = time.journey_planner ? std::string(Say(lang, "Rejseplanen, ", "journey planner, ")) + time.reference_date
                                                  : std::string(Say(lang, "anslået", "estimate"));
  // A long estimate is a rough one: say so rather than let 190 minutes stand as a fact.
  const std::string doubt = !time.journey_planner && time.minutes > kLongEstimateMinutes
                                ? std::string(Say(lang, " - langt væk: tjek rejsen selv", " - far away: check the journey yourself"))
                                : "";
  return " - " + std::to_string(time.minutes) + std::string(Say(lang, " min. (", " min (")) + source + ")" + doubt;
}

void DrawWishes(AppState& state) {
  const Language lang = state.language;
  ApplyState& apply = state.apply;
  ui::Heading(state.widgets, "apply.wishes", Say(lang, "Mine ønsker (nr. 1 er det, du helst vil)", "My wishes (number 1 is the one you want most)"));
  auto& wishes = apply.draft.wishes;
  for (std::size_t i = 0; i < wishes.size(); ++i) {
    const std::string key = "apply.wish." + std::to_string(i + 1);
    const std::string name = OfferName(apply, wishes[i]);
    ImGui::BeginGroup();  // the whole row receives a dragged wish
    ui::ReorderHandle(state.widgets, key + ".drag", std::string(Say(lang, "Træk for at flytte: ", "Drag to move: ")) + name, "wish",
                      static_cast<int>(i), name);
    ImGui::SameLine();
    ui::Paragraph(state.widgets, key, std::to_string(i + 1) + ". " + name + TravelText(apply, wishes[i].institution, lang));
    ImGui::SameLine();
    if (i > 0 && ui::IconButton(state.widgets, key + ".up", "^", std::string(Say(lang, "Flyt op: ", "Move up: ")) + name)) {
      applications::MoveWish(apply.draft, i, i - 1);
      MarkChanged(apply);
    }
    ImGui::SameLine();
    if (i + 1 < wishes.size() && ui::IconButton(state.widgets, key + ".down", "v", std::string(Say(lang, "Flyt ned: ", "Move down: ")) + name)) {
      applications::MoveWish(apply.draft, i, i + 1);
      MarkChanged(apply);
    }
    ImGui::SameLine();
    const bool removed = ui::IconButton(state.widgets, key + ".remove", "x", std::string(Say(lang, "Fjern: ", "Remove: ")) + name);
    ImGui::EndGroup();
    if (const auto from = ui::ReorderDropOnRow("wish"); from && static_cast<std::size_t>(*from) < wishes.size()) {
      applications::MoveWish(apply.draft, static_cast<std::size_t>(*from), i);
      MarkChanged(apply);
      break;
    }
    if (removed) {
      applications::RemoveWish(apply.draft, i);
      MarkChanged(apply);
      break;
    }
    ProblemsFor(state, "wishes[" + std::to_string(i) + "]");
  }
  if (wishes.empty()) ui::Paragraph(state.widgets, "apply.wishes.none", Say(lang, "Du har ingen ønsker endnu.", "You have no wishes yet."));
  ProblemsFor(state, "wishes");
  if (ui::TextField(state.widgets, "apply.search", Say(lang, "Søg skole, uddannelse eller by", "Search school, programme or town"),
                    apply.search, KeyboardKind::kText, state.text_focus)) {
    apply.search_limit = kSearchPage;  // a new search starts from its first hits
  }
  // Every hit counts (nearest first, as the offers are sorted); the list shows a page at a time.
  std::vector<std::size_t> hits;
  for (const std::size_t i : applications::SearchOffers(apply.offers, apply.search)) {
    const applications::Offer& offer = apply.offers[i];
    const applications::Wish wish{offer.institution, offer.programme};
    if (std::find(wishes.begin(), wishes.end(), wish) == wishes.end()) hits.push_back(i);
  }
  if (apply.search.size() >= applications::kShortestSearch) {
    ui::Paragraph(state.widgets, "apply.search.count",
                  hits.empty() ? std::string(Say(lang, "Ingen uddannelser passer. Prøv et andet ord.", "No programme matches. Try another word."))
                  : hits.size() == 1 ? std::string(Say(lang, "1 uddannelse passer", "1 programme matches"))
                                     : std::to_string(hits.size()) + std::string(Say(lang, " uddannelser passer", " programmes match")));
  }
  const std::size_t shown = std::min(hits.size(), apply.search_limit);
  for (std::size_t k = 0; k < shown; ++k) {
    const applications::Offer& offer = apply.offers[hits[k]];
    const applications::ProgrammeWords words = applications::ProgrammeInWords(offer.programme, lang);
    const std::string id = "apply.add." + offer.institution + "." + offer.programme;
    if (ui::Button(state.widgets, id, std::string(Say(lang, "Tilføj ", "Add ")) + offer.institution_name + " - " + offer.programme +
                                          TravelText(apply, offer.institution, lang))) {
      wishes.push_back({offer.institution, offer.programme});
      MarkChanged(apply);
    }
    ui::Paragraph(state.widgets, id + ".about", std::string(words.title) + (words.description.empty() ? "" : ": " + std::string(words.description)));
  }
  if (shown < hits.size() &&
      ui::Button(state.widgets, "apply.search.more",
                 std::string(Say(lang, "Vis flere (", "Show more (")) + std::to_string(hits.size() - shown) + std::string(Say(lang, " til)", " more)")))) {
    apply.search_limit += kSearchPage;
  }
}

void DrawActivity(AppState& state) {
  const Language lang = state.language;
  ApplyState& apply = state.apply;
  if (!apply.draft.another_activity) apply.draft.another_activity = applications::AnotherActivity{};
  auto& activity = *apply.draft.another_activity;
  ui::Heading(state.widgets, "apply.activity", Say(lang, "Det skal jeg i stedet", "What I will do instead"));
  const std::pair<applications::ActivityType, std::string_view> kinds[] = {
      {applications::ActivityType::kWork, Say(lang, "Arbejde", "Work")},
      {applications::ActivityType::kStayAbroad, Say(lang, "Ophold i udlandet", "Stay abroad")},
      {applications::ActivityType::kOther, Say(lang, "Andet", "Other")}};
  for (const auto& [type, label] : kinds) {
    if (ui::Choice(state.widgets, "apply.activity." + std::string(applications::ActivityTypeName(type)), label, activity.type == type)) {
      activity.type = type;
      MarkChanged(apply);
    }
    ImGui::SameLine();
  }
  ImGui::NewLine();
  if (ui::TextField(state.widgets, "apply.activity.description", Say(lang, "Beskriv kort", "Describe briefly"), activity.description,
                    KeyboardKind::kText, state.text_focus)) {
    MarkChanged(apply);
  }
  ProblemsFor(state, "another_activity");
}

// Where the guardians are asked to sign (at most two addresses): contact data like the rest, not
// covered by the signature. Empty fields are left out.
void DrawGuardianEmails(AppState& state) {
  ApplyState& apply = state.apply;
  const Language lang = state.language;
  ui::Paragraph(state.widgets, "apply.guardian_emails.hint",
                Say(lang, "Dine forældres e-mail: de får besked, når din ansøgning skal underskrives. Du kan skrive op til to.",
                    "Your parents' e-mail: they are told when your application needs their signature. You can give up to two."));
  bool changed = false;
  for (std::size_t i = 0; i < apply.guardian_email_inputs.size(); ++i) {
    const std::string label = std::string(Say(lang, "Forælders e-mail ", "Parent's e-mail ")) + std::to_string(i + 1);
    changed |= ui::TextField(state.widgets, "apply.guardian_email." + std::to_string(i + 1), label, apply.guardian_email_inputs[i],
                             KeyboardKind::kText, state.text_focus);
  }
  if (changed) {
    apply.draft.contact.guardian_emails.clear();
    for (const std::string& input : apply.guardian_email_inputs) {
      if (!input.empty()) apply.draft.contact.guardian_emails.push_back(input);
    }
    MarkChanged(apply);
  }
  for (std::size_t i = 0; i < apply.guardian_email_inputs.size(); ++i) ProblemsFor(state, "contact.guardian_emails[" + std::to_string(i) + "]");
  ProblemsFor(state, "contact.guardian_emails");
}

void DrawApplicant(AppState& state) {
  const Language lang = state.language;
  ApplyState& apply = state.apply;
  Revalidate(state);
  if (apply.person) {
    ui::Heading(state.widgets, "apply.me", Say(lang, "Mine oplysninger", "My details"));
    ui::Paragraph(state.widgets, "apply.me.name", apply.person->name);
    ui::Paragraph(state.widgets, "apply.me.address", apply.person->address);
    if (apply.person->name_protected || apply.person->address_protected) {
      ui::Paragraph(state.widgets, "apply.me.protected", Say(lang, "Du har navne- og adressebeskyttelse: kun du ser dit navn og din adresse her.",
                                                             "You have name and address protection: only you see your name and address here."));
    }
  }
  if (apply.window) {
    const std::string deadline = apply.window->deadline.substr(0, 10);
    const auto date = ParseIsoDate(deadline);
    ui::Paragraph(state.widgets, "apply.deadline", std::string(Say(lang, "Frist: ", "Deadline: ")) +
                                                       (date ? FormatLongDate(*date, lang) : deadline) +
                                                       std::string(Say(lang, " kl. 23.59", " at 23:59 (Danish time)")));
  }
  const std::string status = apply.server_application ? apply.server_application->status : "draft";
  ui::Status(state.widgets, "apply.status", std::string(Say(lang, "Status: ", "Status: ")) + std::string(ApplicationStatusText(status, lang)) +
                                                (apply.edited ? std::string(Say(lang, " (ændringer ikke gemt)", " (changes not saved)")) : ""),
             status == "submitted" || status == "late" ? ui::StatusKind::kSuccess : ui::StatusKind::kInfo);
  if (ShowsReceipt(apply)) return DrawReceipt(state);
  if (ui::Choice(state.widgets, "apply.mode.wishes", Say(lang, "Jeg søger uddannelse", "I am applying for education"), !apply.activity_mode)) {
    apply.activity_mode = false;
    MarkChanged(apply);
  }
  ImGui::SameLine();
  if (ui::Choice(state.widgets, "apply.mode.activity", Say(lang, "Jeg skal noget andet", "I will do something else"), apply.activity_mode)) {
    apply.activity_mode = true;
    MarkChanged(apply);
  }
  if (apply.activity_mode) {
    DrawActivity(state);
  } else {
    DrawWishes(state);
    DrawForrang(state);
  }
  ui::Heading(state.widgets, "apply.contact", Say(lang, "Kontakt", "Contact"));
  if (ui::TextField(state.widgets, "apply.email", Say(lang, "E-mail", "E-mail"), apply.draft.contact.email, KeyboardKind::kText, state.text_focus)) MarkChanged(apply);
  ProblemsFor(state, "contact.email");
  if (ui::TextField(state.widgets, "apply.phone", Say(lang, "Telefon", "Phone"), apply.draft.contact.phone, KeyboardKind::kNumeric, state.text_focus)) MarkChanged(apply);
  ProblemsFor(state, "contact.phone");
  ProblemsFor(state, "contact");
  DrawGuardianEmails(state);
  const auto known = applications::StatusFromName(status);
  const bool editable = known && applications::IsEditable(*known);
  if (editable && ui::Button(state.widgets, "apply.save", Say(lang, "Gem kladde", "Save draft"))) ApplySave(state, false);
  ImGui::SameLine();
  const bool sent = status == "submitted" || status == "awaiting_signature" || status == "late";
  if (editable && !applications::HasErrors(apply.problems) &&
      ui::Button(state.widgets, "apply.submit", sent ? Say(lang, "Send ændringerne", "Send the changes")
                                                     : Say(lang, "Send ansøgning", "Send application"))) {
    ApplySave(state, true);
  }
  if (sent && !apply.edited) {
    ImGui::SameLine();
    if (ui::Button(state.widgets, "apply.revise.cancel", Say(lang, "Tilbage til kvitteringen", "Back to the receipt"))) apply.revising = false;
  }
  if (status == "awaiting_signature") {
    ui::Paragraph(state.widgets, "apply.signature.hint", Say(lang, "Du er under 18: en forælder med forældremyndighed skal skrive under. Ændrer du ønskerne, skal de skrive under igen.",
                                                               "You are under 18: a parent with custody must sign. If you change your wishes, they must sign again."));
  }
}

}  // namespace

std::string_view ApplicationStatusText(std::string_view status, Language lang) {
  if (status == "draft") return Say(lang, "Kladde - ikke sendt endnu", "Draft - not sent yet");
  if (status == "awaiting_signature") return Say(lang, "Venter på underskrift fra en forælder", "Waiting for a parent's signature");
  if (status == "submitted") return Say(lang, "Sendt", "Sent");
  if (status == "late") return Say(lang, "Sendt efter fristen (eftertilmelding)", "Sent after the deadline (late)");
  if (status == "locked") return Say(lang, "Låst: fristen er overskredet", "Locked: the deadline has passed");
  if (status == "withdrawn") return Say(lang, "Trukket tilbage", "Withdrawn");
  if (status == "allocated") return Say(lang, "Fordelt", "Allocated");
  return status;
}

void DrawApplyScreen(AppState& state) {
  const Language lang = state.language;
  ApplyState& apply = state.apply;
  ui::Heading(state.widgets, "apply.heading", Say(lang, "Ansøgning til ungdomsuddannelse", "Application for upper-secondary education"));
  if (apply.csrf_token.empty()) {
    DrawLoginPanel(state, LoginKind::kCitizen);
  } else if (!apply.children.empty() && !apply.server_application && !apply.own_form_open) {
    // A parent who has not applied themselves comes to sign: their children first, their own form on request.
    DrawGuardianView(state);
    ImGui::Separator();
    if (ui::Button(state.widgets, "apply.own.open", Say(lang, "Søg selv om en uddannelse", "Apply for education yourself"))) {
      apply.own_form_open = true;
    }
  } else {
    DrawApplicant(state);
    DrawGuardianView(state);
  }
  if (!apply.csrf_token.empty()) {
    ImGui::Separator();
    DrawMyMessages(state);
    ImGui::Separator();
    DrawMyAudit(state);
    ImGui::Separator();
    DrawMyRights(state);
  }
  if (!apply.message.empty()) {
    ui::Status(state.widgets, "apply.message", apply.message, apply.message_is_error ? ui::StatusKind::kError : ui::StatusKind::kSuccess);
  }
}

}  // namespace optagelse::web
