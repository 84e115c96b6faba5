// Registered widgets: see widgets.h.
#include "ui/widgets.h"

#include <algorithm>

#include <imgui.h>

#include "platform/display_scale.h"
#include "ui/theme.h"

namespace optagelse::web::ui {
namespace {

// ImGui's InputText with a std::string that grows as the user types.
int ResizeCallback(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* text = static_cast<std::string*>(data->UserData);
    text->resize(static_cast<std::size_t>(data->BufTextLen));
    data->Buf = text->data();
  }
  return 0;
}

// "label##id": the visible label with a language-independent ImGui id.
std::string ImGuiLabel(std::string_view label, std::string_view id) {
  std::string out(label);
  out += "##";
  out += id;
  return out;
}

}  // namespace

void Heading(WidgetRegistry& registry, std::string_view id, std::string_view text) {
  ImGui::PushFont(ImGui::GetIO().Fonts->Fonts[kHeadingFontIndex]);
  ImGui::PushTextWrapPos(0.0f);  // a long heading wraps on a phone
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  registry.RecordLastItem(WidgetRole::kHeading, id, text, "");
}

void Paragraph(WidgetRegistry& registry, std::string_view id, std::string_view text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  registry.RecordLastItem(WidgetRole::kText, id, "", text);
}

void Status(WidgetRegistry& registry, std::string_view id, std::string_view text, StatusKind kind) {
  // Each kind has its own symbol too, so nothing depends on colour alone. Colours are at least
  // 4.5:1 on white (palette.h).
  struct Look {
    ImVec4 colour;
    const char* symbol;
  };
  const Look look = kind == StatusKind::kError     ? Look{ToImGui(palette::kError), "\xe2\x9c\x97"}  // ✗
                    : kind == StatusKind::kWarning ? Look{ToImGui(palette::kWarning), "!"}
                    : kind == StatusKind::kSuccess ? Look{ToImGui(palette::kSuccess), "\xe2\x9c\x93"}  // ✓
                                                   : Look{ToImGui(palette::kText), "\xe2\x80\xa2"};  // •
  ImGui::PushStyleColor(ImGuiCol_Text, look.colour);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(look.symbol);
  ImGui::SameLine();
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  registry.RecordLastItem(WidgetRole::kStatus, id, "", text, WidgetTraits{.urgent = kind == StatusKind::kError});
}

bool Button(WidgetRegistry& registry, std::string_view id, std::string_view label) {
  ImGui::PushStyleColor(ImGuiCol_Text, ToImGui(palette::kWhite));
  const bool pressed = ImGui::Button(ImGuiLabel(label, id).c_str());
  ImGui::PopStyleColor();
  registry.RecordLastItem(WidgetRole::kButton, id, label, "");
  return registry.TakeActivation(id) || pressed;
}

bool IconButton(WidgetRegistry& registry, std::string_view id, std::string_view symbol, std::string_view label) {
  ImGui::PushStyleColor(ImGuiCol_Text, ToImGui(palette::kWhite));
  const bool pressed = ImGui::Button(ImGuiLabel(symbol, id).c_str());
  ImGui::PopStyleColor();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%.*s", static_cast<int>(label.size()), label.data());
  registry.RecordLastItem(WidgetRole::kButton, id, label, "");
  return registry.TakeActivation(id) || pressed;
}

bool TextField(WidgetRegistry& registry, std::string_view id, std::string_view label, std::string& text,
               KeyboardKind keyboard, TextFieldFocus& focus_out) {
  ImGui::TextUnformatted(label.data(), label.data() + label.size());
  return InlineTextField(registry, id, label, text, keyboard, focus_out,
                         std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 22.0f));
}

bool Choice(WidgetRegistry& registry, std::string_view id, std::string_view label, bool chosen,
            std::string_view accessible_label) {
  const std::string shown = (chosen ? "\xe2\x9c\x93 " : "") + std::string(label);  // ✓
  if (!chosen) ImGui::PushStyleColor(ImGuiCol_Button, ToImGui(palette::kChoiceUnchosen));
  ImGui::PushStyleColor(ImGuiCol_Text, ToImGui(palette::kWhite));
  const bool pressed = ImGui::Button(ImGuiLabel(shown, id).c_str());
  ImGui::PopStyleColor(chosen ? 1 : 2);
  registry.RecordLastItem(WidgetRole::kRadio, id, accessible_label.empty() ? label : accessible_label,
                          chosen ? "true" : "false");
  return registry.TakeActivation(id) || pressed;
}

bool InlineTextField(WidgetRegistry& registry, std::string_view id, std::string_view label, std::string& text,
                     KeyboardKind keyboard, TextFieldFocus& focus_out, float width) {
  ImGui::SetNextItemWidth(width);
  const std::string imgui_id = "##" + std::string(id);
  const bool changed = ImGui::InputText(imgui_id.c_str(), text.data(), text.capacity() + 1,
                                        ImGuiInputTextFlags_CallbackResize, ResizeCallback, &text);
  registry.RecordLastItem(WidgetRole::kTextInput, id, label, text,
                          WidgetTraits{.numeric = keyboard == KeyboardKind::kNumeric});
  if (ImGui::IsItemActive()) {
    const WidgetRecord& record = registry.widgets().back();
    focus_out = TextFieldFocus{true, record.x, record.y, record.width, record.height, keyboard};
  }
  return changed;
}

void SameLineIfFits(std::string_view next_label, bool chosen) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const std::string shown = (chosen ? "\xe2\x9c\x93 " : "") + std::string(next_label);
  const float next_width = ImGui::CalcTextSize(shown.c_str(), nullptr, true).x + style.FramePadding.x * 2;
  const float right_edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + next_width <= right_edge) ImGui::SameLine();
}

bool EscapePressed() { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false); }

}  // namespace optagelse::web::ui
