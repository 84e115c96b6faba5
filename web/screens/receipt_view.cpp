// The receipt: see receipt_view.h.
#include "screens/receipt_view.h"

#include <cstdio>

#include <imgui.h>

#include "applications/application_status.h"
#include "calendar/danish_time.h"
#include "calendar/instant.h"
#include "screens/apply_requests.h"
#include "screens/wish_text.h"
#include "ui/ui_text.h"
#include "ui/widgets.h"
#include "wire/application_wire.h"

namespace optagelse::web {
namespace {

bool IsSent(const std::string& status) { return status == "submitted" || status == "awaiting_signature" || status == "late"; }

// "2027-000123": the admission year and the application's number, the same on every receipt.
std::string ReceiptNumber(const wire::ApplicationView& application) {
  char number[32];
  std::snprintf(number, sizeof number, "%d-%06lld", application.admission_year, static_cast<long long>(application.id));
  return number;
}

// When it was last sent: the newest "submitted" event of the history, else the last change.
std::string SentAt(const wire::ApplicationView& application) {
  std::string at = application.updated_at;
  if (application.history) {
    for (const wire::ApplicationEvent& event : *application.history) {
      if (event.event == "submitted") at = event.at;
    }
  }
  return at;
}

void DrawWithdrawQuestion(AppState& state) {
  const Language lang = state.language;
  ApplyState& apply = state.apply;
  ui::Status(state.widgets, "apply.withdraw.question",
             Say(lang, "Vil du trække ansøgningen tilbage? Så deltager du ikke i optagelsen, før du sender den igen.",
                 "Withdraw the application? You then take no part in the admission until you send it again."),
             ui::StatusKind::kWarning);
  if (ui::Button(state.widgets, "apply.withdraw.confirm", Say(lang, "Ja, træk den tilbage", "Yes, withdraw it"))) {
    apply.confirming_withdraw = false;
    ApplyWithdraw(state);
  }
  ImGui::SameLine();
  if (ui::Button(state.widgets, "apply.withdraw.cancel", Say(lang, "Nej, behold den", "No, keep it")) || ui::EscapePressed()) {
    apply.confirming_withdraw = false;
  }
}

}  // namespace

bool ShowsReceipt(const ApplyState& apply) {
  return apply.server_application && IsSent(apply.server_application->status) && !apply.revising && !apply.edited;
}

void DrawReceipt(AppState& state) {
  const Language lang = state.language;
  ApplyState& apply = state.apply;
  const wire::ApplicationView& application = *apply.server_application;
  const bool awaiting = application.status == "awaiting_signature";
  ui::Heading(state.widgets, "apply.receipt", Say(lang, "Kvittering", "Receipt"));
  ui::Status(state.widgets, "apply.receipt.sent",
             awaiting ? Say(lang, "Din ansøgning er sendt. Den gælder, når en forælder har skrevet under.",
                            "Your application has been sent. It counts once a parent has signed it.")
                      : Say(lang, "Din ansøgning er sendt og modtaget.", "Your application has been sent and received."),
             awaiting ? ui::StatusKind::kWarning : ui::StatusKind::kSuccess);
  ui::Paragraph(state.widgets, "apply.receipt.number",
                std::string(Say(lang, "Kvitteringsnummer: ", "Receipt number: ")) + ReceiptNumber(application));
  if (const auto at = ParseIsoInstant(SentAt(application))) {
    ui::Paragraph(state.widgets, "apply.receipt.time", std::string(Say(lang, "Sendt ", "Sent ")) + FormatDanishDateTime(*at, lang));
  }
  auto content = wire::ApplicationFromJson(application.content);
  if (content && content->another_activity) {
    ui::Paragraph(state.widgets, "apply.receipt.activity",
                  std::string(Say(lang, "Du har meldt, at du skal noget andet: ", "You have said you will do something else: ")) +
                      content->another_activity->description);
  } else if (content) {
    for (int rank = 1; rank <= static_cast<int>(content->wishes.size()); ++rank) {
      ui::Paragraph(state.widgets, "apply.receipt.wish." + std::to_string(rank), WishLine(application, rank));
    }
  }
  ui::Heading(state.widgets, "apply.receipt.next", Say(lang, "Hvad sker der nu", "What happens next"));
  if (awaiting) {
    ui::Paragraph(state.widgets, "apply.receipt.next.sign",
                  Say(lang, "1. Dine forældre har fået besked. En af dem logger ind med sit eget MitID og skriver under inden fristen.",
                      "1. Your parents have been told. One of them logs in with their own MitID and signs before the deadline."));
  }
  ui::Paragraph(state.widgets, "apply.receipt.next.answer",
                Say(lang, "Skolerne og regionen behandler ansøgningerne efter fristen. Du får svaret her og på e-mail, når fordelingen er offentliggjort.",
                    "The schools and the region handle the applications after the deadline. You get the answer here and by e-mail when the allocation is published."));
  ui::Paragraph(state.widgets, "apply.receipt.next.change",
                Say(lang, "Du kan rette ansøgningen indtil fristen. Retter du dine ønsker, skal en forælder skrive under igen.",
                    "You can change the application until the deadline. If you change your wishes, a parent must sign again."));
  if (apply.confirming_withdraw) return DrawWithdrawQuestion(state);
  const auto known = applications::StatusFromName(application.status);
  if (!known || !applications::IsEditable(*known)) return;
  if (ui::Button(state.widgets, "apply.revise", Say(lang, "Ret ansøgning", "Change the application"))) apply.revising = true;
  ui::SameLineIfFits(Say(lang, "Træk tilbage", "Withdraw"));
  if (ui::Button(state.widgets, "apply.withdraw", Say(lang, "Træk tilbage", "Withdraw"))) apply.confirming_withdraw = true;
}

}  // namespace optagelse::web
