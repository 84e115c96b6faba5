// The person's rights on the applicant's screen: see my_rights_view.h.
#include "screens/my_rights_view.h"

#include <imgui.h>

#include "screens/apply_requests.h"
#include "ui/widgets.h"
#include "wire/application_wire.h"

namespace optagelse::web {
namespace {

// A draft that was never sent is not needed by anyone and may be deleted; once sent, the law keeps it.
bool EverSubmitted(const std::optional<wire::ApplicationView>& application) {
  return application && application->ever_submitted.value_or(false);
}

void DrawContactCorrection(AppState& state) {
  const Language lang = state.language;
  ApplyState& apply = state.apply;
  if (!apply.correcting_contact) {
    if (ui::Button(state.widgets, "apply.rights.contact", Say(lang, "Ret mine kontaktoplysninger", "Correct my contact details"))) {
      // The contact as last saved (the draft may hold unsaved edits).
      auto saved = apply.server_application ? wire::ApplicationFromJson(apply.server_application->content)
                                            : Result<applications::Application>(applications::Application{});
      apply.contact_email_fix = saved ? saved->contact.email : "";
      apply.contact_phone_fix = saved ? saved->contact.phone : "";
      apply.correcting_contact = true;
    }
    return;
  }
  ui::Paragraph(state.widgets, "apply.rights.contact.hint",
                Say(lang, "Du kan rette din e-mail og dit telefonnummer når som helst, også efter fristen. Din forælders "
                          "underskrift gælder stadig.",
                    "You can correct your e-mail and phone number at any time, also after the deadline. Your parent's "
                    "signature still holds."));
  ui::TextField(state.widgets, "apply.rights.email", Say(lang, "E-mail", "E-mail"), apply.contact_email_fix, KeyboardKind::kText,
                state.text_focus);
  ui::TextField(state.widgets, "apply.rights.phone", Say(lang, "Telefon", "Phone"), apply.contact_phone_fix, KeyboardKind::kNumeric,
                state.text_focus);
  if (ui::Button(state.widgets, "apply.rights.contact.save", Say(lang, "Gem rettelsen", "Save the correction"))) ApplyCorrectContact(state);
  ImGui::SameLine();
  if (ui::Button(state.widgets, "apply.rights.contact.cancel", Say(lang, "Fortryd", "Cancel")) || ui::EscapePressed()) {
    apply.correcting_contact = false;
  }
}

void DrawErasure(AppState& state) {
  const Language lang = state.language;
  ApplyState& apply = state.apply;
  if (EverSubmitted(apply.server_application)) {
    ui::Paragraph(state.widgets, "apply.rights.erase.kept",
                  Say(lang, "Din ansøgning er sendt, så loven kræver, at vi gemmer den. Den slettes automatisk 2 måneder efter, "
                            "at optagelsesrunden er færdigbehandlet (datoen står i dine hentede oplysninger).",
                      "Your application has been sent, so the law requires us to keep it. It is deleted automatically 2 months "
                      "after the admission round has been processed (the date is in your downloaded data)."));
    return;
  }
  if (!apply.confirming_erase) {
    if (ui::Button(state.widgets, "apply.rights.erase", Say(lang, "Slet min kladde", "Delete my draft"))) apply.confirming_erase = true;
    return;
  }
  ui::Status(state.widgets, "apply.rights.erase.question",
             Say(lang, "Vil du slette din kladde med alle ønsker? Det kan ikke fortrydes.",
                 "Delete your draft with all its wishes? This cannot be undone."),
             ui::StatusKind::kError);
  if (ui::Button(state.widgets, "apply.rights.erase.confirm", Say(lang, "Ja, slet kladden", "Yes, delete the draft"))) ApplyEraseDraft(state);
  ImGui::SameLine();
  if (ui::Button(state.widgets, "apply.rights.erase.cancel", Say(lang, "Nej, behold den", "No, keep it")) || ui::EscapePressed()) {
    apply.confirming_erase = false;
  }
}

void DrawAttachments(AppState& state) {
  const Language lang = state.language;
  int row = 0;
  for (const wire::AttachmentInfo& attachment : state.apply.attachments) {
    const std::string key = "apply.rights.attachment." + std::to_string(row++);
    const std::string name = !attachment.file_name.empty() ? attachment.file_name : attachment.sha256.substr(0, 12);
    ui::Paragraph(state.widgets, key, std::string(Say(lang, "Bilag: ", "Attachment: ")) + name);
    ImGui::SameLine();
    if (ui::Button(state.widgets, key + ".erase", std::string(Say(lang, "Slet bilaget ", "Delete the attachment ")) + name)) {
      ApplyEraseAttachment(state, attachment.sha256);
    }
  }
}

}  // namespace

void DrawMyRights(AppState& state) {
  const Language lang = state.language;
  ui::Heading(state.widgets, "apply.rights", Say(lang, "Dine rettigheder", "Your rights"));
  if (ui::Button(state.widgets, "apply.rights.export",
                 Say(lang, "Hent alle mine oplysninger", "Download all my data"))) {
    ApplyExportMyData(state);
  }
  if (state.apply.server_application) {
    DrawContactCorrection(state);
    DrawErasure(state);
  }
  DrawAttachments(state);
  ui::Paragraph(state.widgets, "apply.rights.who",
                Say(lang, "Andre oplysninger retter den, der har dem: navn og adresse CPR-registeret (adressen ændrer du på "
                          "borger.dk), karakterer og UPV din skole, ønsker og forrang dig selv indtil fristen og derefter "
                          "skolen eller regionen.",
                    "Other data is corrected by whoever holds it: name and address the CPR register (you change your address "
                    "at borger.dk), grades and UPV your school, wishes and priority claims you until the deadline and then the "
                    "school or the region."));
  ui::Paragraph(state.widgets, "apply.rights.restriction",
                Say(lang, "Begrænsning og indsigelse: Optagelse behandler kun de oplysninger, som loven kræver til din "
                          "vejledning og optagelse, så der er ikke andet at begrænse. Er du uenig, kan du kontakte din kommune "
                          "eller region, som er dataansvarlige, eller klage til Datatilsynet.",
                    "Restriction and objection: Optagelse processes only the data the law requires for your guidance and "
                    "admission, so there is nothing else to restrict. If you disagree, contact your municipality or region, "
                    "the data controllers, or complain to the Danish Data Protection Agency (Datatilsynet)."));
}

}  // namespace optagelse::web
