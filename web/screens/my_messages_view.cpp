// My messages: see my_messages_view.h. The list's JSON is read with the shared codec (wire/message_wire.h).
#include "screens/my_messages_view.h"

#include "api_client.h"
#include "api_errors.h"
#include "calendar/danish_time.h"
#include "screens/apply_requests.h"
#include "ui/widgets.h"
#include "wire/message_wire.h"

namespace optagelse::web {
namespace {

std::string When(const std::string& iso, Language lang) {
  const auto instant = ParseIsoInstant(iso);
  return instant ? FormatDanishDateTime(*instant, lang) : iso;
}

// What became of it, in words: sent to whom and when, waiting, not delivered and why, or kept here.
std::string Fate(const notifications::MessageRecord& message, Language lang) {
  if (message.state == "sent") {
    return std::string(Say(lang, "Sendt til ", "Sent to ")) + message.to + (message.sent_at ? " " + When(*message.sent_at, lang) : "");
  }
  if (message.state == "failed") {
    return std::string(Say(lang, "Kunne ikke afleveres til ", "Could not be delivered to ")) + message.to + " (" + message.error + ")";
  }
  if (message.state == "unaddressed") {
    return std::string(Say(lang, "Kun her i Optagelse: der var ingen e-mailadresse", "Only here in Optagelse: there was no e-mail address"));
  }
  return std::string(Say(lang, "Venter på at blive sendt til ", "Waiting to be sent to ")) + message.to;
}

void Fetch(AppState& state) {
  ApiGet("/api/v1/me/messages", [&state](const ApiResponse& response) {
    auto json = wire::ParseJson(response.body);
    auto mine = json ? wire::MessageRecordsFromJson((*json)["messages"]) : Result<std::vector<notifications::MessageRecord>>{};
    auto theirs = json ? wire::MessageRecordsFromJson((*json)["as_guardian"]) : Result<std::vector<notifications::MessageRecord>>{};
    if (response.status != 200 || !json || !mine || !theirs) {
      state.apply.message = DescribeApiErrors(response, state.language);
      state.apply.message_is_error = true;
      return;
    }
    state.apply.messages = std::move(*mine);
    state.apply.guardian_messages = std::move(*theirs);
    state.apply.messages_loaded = true;
  });
}

}  // namespace

void DrawMessageList(AppState& state, const std::string& id, const std::vector<notifications::MessageRecord>& messages) {
  const Language lang = state.language;
  int row = 0;
  for (const notifications::MessageRecord& message : messages) {
    const std::string key = id + "." + std::to_string(row++);
    ui::Paragraph(state.widgets, key, When(message.written_at, lang) + ": " + message.subject);
    ui::Paragraph(state.widgets, key + ".fate", Fate(message, lang));
  }
}

void DrawMyMessages(AppState& state) {
  const Language lang = state.language;
  ApplyState& apply = state.apply;
  ui::Heading(state.widgets, "apply.messages", Say(lang, "Beskeder", "Messages"));
  if (ui::Button(state.widgets, "apply.messages.show",
                 apply.messages_loaded ? Say(lang, "Opdatér beskederne", "Refresh the messages")
                                       : Say(lang, "Vis de beskeder, vi har sendt", "Show the messages we have sent"))) {
    Fetch(state);
  }
  if (!apply.messages_loaded) return;
  if (apply.messages.empty() && apply.guardian_messages.empty()) {
    ui::Paragraph(state.widgets, "apply.messages.none", Say(lang, "Vi har ikke sendt dig nogen beskeder endnu.", "We have not sent you any messages yet."));
    return;
  }
  DrawMessageList(state, "apply.messages.mine", apply.messages);
  if (!apply.guardian_messages.empty()) {
    ui::Paragraph(state.widgets, "apply.messages.as_guardian",
                  Say(lang, "Til forældrene om dit barns ansøgning:", "To the parents about your child's application:"));
    DrawMessageList(state, "apply.messages.theirs", apply.guardian_messages);
  }
}

}  // namespace optagelse::web
