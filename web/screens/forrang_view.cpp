// Forrang claims with their documentation: see forrang_view.h.
#include "screens/forrang_view.h"

#include <algorithm>
#include <string>

#include <imgui.h>

#include "platform/browser_bridge.h"
#include "screens/apply_editing.h"
#include "screens/apply_requests.h"
#include "ui/widgets.h"

namespace optagelse::web {
namespace {

// The file name of an uploaded attachment, from my list of attachments.
std::string AttachmentName(const ApplyState& apply, const std::string& sha256) {
  for (const wire::AttachmentInfo& attachment : apply.attachments) {
    if (attachment.sha256 == sha256 && !attachment.file_name.empty()) return attachment.file_name;
  }
  return sha256.substr(0, 12);
}

void DrawGroundChoices(AppState& state, const allocation::AllocationRules& rules, int rank) {
  ApplyState& apply = state.apply;
  for (const std::string& code : rules.forrang_tiers) {
    if (ui::Choice(state.widgets, "apply.forrang." + std::to_string(rank) + ".ground." + code, ForrangGroundName(code, state.language), false)) {
      apply.draft.forrang.push_back({rank, code, ""});
      apply.forrang_choosing = 0;
      MarkChanged(apply);
    }
  }
  if (ui::Button(state.widgets, "apply.forrang." + std::to_string(rank) + ".cancel", Say(state.language, "Fortryd", "Cancel"))) {
    apply.forrang_choosing = 0;
  }
}

void DrawClaim(AppState& state, std::size_t index) {
  const Language lang = state.language;
  ApplyState& apply = state.apply;
  const applications::ForrangClaim claim = apply.draft.forrang[index];
  const std::string key = "apply.forrang." + std::to_string(claim.wish);
  ui::Paragraph(state.widgets, key, std::string(Say(lang, "Fortrinsret til ", "Priority for wish ")) + std::to_string(claim.wish) +
                                        std::string(Say(lang, ". ønske: ", ": ")) + ForrangGroundName(claim.ground, lang));
  ImGui::SameLine();
  if (ui::IconButton(state.widgets, key + ".remove", "x", Say(lang, "Fjern fortrinsretten", "Remove the priority claim"))) {
    apply.draft.forrang.erase(apply.draft.forrang.begin() + static_cast<std::ptrdiff_t>(index));
    MarkChanged(apply);
    return;
  }
  if (!claim.attachment.empty()) {
    ui::Paragraph(state.widgets, key + ".attachment", std::string(Say(lang, "Dokumentation: ", "Documentation: ")) + AttachmentName(apply, claim.attachment));
  }
  const std::string label = claim.attachment.empty() ? std::string(Say(lang, "Vedhæft dokumentation (PDF, PNG eller JPEG)", "Attach documentation (PDF, PNG or JPEG)"))
                                                     : std::string(Say(lang, "Vedhæft en anden fil", "Attach another file"));
  if (ui::Button(state.widgets, key + ".attach", label)) {
    apply.attaching_for = claim.wish;
    ChooseFile(".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg");
  }
  if (apply.attachment_error_for == claim.wish) ui::Status(state.widgets, key + ".attach.error", apply.attachment_error, ui::StatusKind::kError);
  ProblemsFor(state, "forrang[" + std::to_string(index) + "]");
}

}  // namespace

// The grounds by their rule-set codes: docs/domain.md "Allocation", forrang tiers.
std::string ForrangGroundName(std::string_view code, Language lang) {
  if (code == "asf") return std::string(Say(lang, "ASF-klasse (autismespektrum)", "ASF class (autism spectrum)"));
  if (code == "s61") return std::string(Say(lang, "Specialklasse efter § 61", "Special class under § 61"));
  if (code == "handicap") return std::string(Say(lang, "Handicap (regionen afgør)", "Disability (the region decides)"));
  if (code == "boarding") return std::string(Say(lang, "Kostskoleplads", "Boarding place"));
  if (code == "hf20") return std::string(Say(lang, "2-årig hf på VUC, 20 år eller ældre", "2-year hf at VUC, aged 20 or more"));
  if (code == "profile") return std::string(Say(lang, "Profilgymnasium, særlige krav opfyldt", "Profile gymnasium, special requirements met"));
  if (code == "combined") return std::string(Say(lang, "Hf kombineret med en anden uddannelse", "Hf combined with another programme"));
  if (code == "elite") return std::string(Say(lang, "Eliteidræt (Team Danmark eller kommunal)", "Elite sport (Team Danmark or municipal)"));
  if (code == "trial") return std::string(Say(lang, "Forsøgsordning", "Trial scheme"));
  if (code == "preib") return "Pre-IB";
  if (code == "ibb") return std::string(Say(lang, "IBB-Shippinglinjen (Niels Brock)", "The IBB shipping line (Niels Brock)"));
  if (code == "rare") return std::string(Say(lang, "Sjælden studieretning", "Rare study line"));
  return std::string(code);
}

void DrawForrang(AppState& state) {
  const Language lang = state.language;
  ApplyState& apply = state.apply;
  if (apply.draft.wishes.empty() || !state.rules || !apply.window) return;
  auto rules = state.rules->ForYear(apply.window->admission_year);
  if (!rules) return;
  const allocation::AllocationRules& allocation = (*rules)->allocation;
  ui::Heading(state.widgets, "apply.forrang", Say(lang, "Fortrinsret (forrang)", "Priority (forrang)"));
  ui::Paragraph(state.widgets, "apply.forrang.hint",
                Say(lang, "Har du en særlig grund til at komme ind på dit 1. ønske, fx eliteidræt? Vælg grunden og vedhæft dokumentation. "
                          "Skolen afgør det (ved handicap regionen) - det er ikke en garanti.",
                    "Do you have a special reason to get into your 1st wish, e.g. elite sport? Choose the reason and attach documentation. "
                    "The school decides (for disability the region) - it is not a guarantee."));
  const int ranks = std::min(allocation.forrang_wishes, static_cast<int>(apply.draft.wishes.size()));
  for (int rank = 1; rank <= ranks; ++rank) {
    const auto& claims = apply.draft.forrang;
    const auto claim = std::find_if(claims.begin(), claims.end(), [rank](const auto& c) { return c.wish == rank; });
    if (claim != claims.end()) {
      DrawClaim(state, static_cast<std::size_t>(claim - claims.begin()));
    } else if (applications::ProgrammeKindOf(apply.draft.wishes[static_cast<std::size_t>(rank - 1)].programme) !=
               applications::ProgrammeKind::kGymnasial) {
      continue;  // forrang belongs to the gymnasial allocation
    } else if (apply.forrang_choosing == rank) {
      DrawGroundChoices(state, allocation, rank);
    } else if (ui::Button(state.widgets, "apply.forrang." + std::to_string(rank) + ".claim",
                          std::string(Say(lang, "Søg om fortrinsret til dit ", "Claim priority for your wish number ")) + std::to_string(rank) +
                              std::string(Say(lang, ". ønske", "")))) {
      apply.forrang_choosing = rank;
    }
  }
  // Claims on wishes that no longer allow one (moved down, say): shown so their problems can be seen and removed.
  for (std::size_t i = 0; i < apply.draft.forrang.size(); ++i) {
    if (apply.draft.forrang[i].wish > ranks) DrawClaim(state, i);
  }
  if (apply.attaching_for != 0) {
    if (std::optional<ChosenFile> file = TakeChosenFile()) ApplyUploadAttachment(state, apply.attaching_for, *file);
  }
}

}  // namespace optagelse::web
