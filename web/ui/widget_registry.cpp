// The per-frame widget list: see widget_registry.h.
#include "ui/widget_registry.h"

#include <utility>

#include <imgui.h>

#include "wire/json.h"

namespace optagelse::web {
namespace {

std::string_view RoleName(WidgetRole role) {
  switch (role) {
    case WidgetRole::kButton: return "button";
    case WidgetRole::kTextInput: return "textbox";
    case WidgetRole::kText: return "text";
    case WidgetRole::kHeading: return "heading";
    case WidgetRole::kStatus: return "status";
    case WidgetRole::kRadio: return "radio";
    case WidgetRole::kDragHandle: return "draghandle";
  }
  return "text";
}

}  // namespace

void WidgetRegistry::BeginFrame(float pixel_ratio, AssistiveRequests requests) {
  pixel_ratio_ = pixel_ratio > 0 ? pixel_ratio : 1.0f;
  widgets_.clear();
  requests_ = std::move(requests);
}

bool WidgetRegistry::TakeActivation(std::string_view id) {
  if (requests_.activate.empty() || requests_.activate != id) return false;
  requests_.activate.clear();
  return true;
}

void WidgetRegistry::RecordLastItem(WidgetRole role, std::string_view id, std::string_view label,
                                    std::string_view value, WidgetTraits traits) {
  // Focus from the mirror: ImGui moves its keyboard focus (and scrolls) to the item just drawn, and
  // a text field becomes active, ready for typing.
  const bool focusable = role == WidgetRole::kButton || role == WidgetRole::kTextInput || role == WidgetRole::kRadio;
  if (focusable && !requests_.focus.empty() && requests_.focus == id) {
    requests_.focus.clear();
    ImGui::SetKeyboardFocusHere(-1);
  }
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  widgets_.push_back(WidgetRecord{role, std::string(id), std::string(label), std::string(value),
                                  min.x / pixel_ratio_, min.y / pixel_ratio_, (max.x - min.x) / pixel_ratio_,
                                  (max.y - min.y) / pixel_ratio_, ImGui::IsItemFocused(), ImGui::IsItemActive(), traits});
}

std::string WidgetRegistry::ToJson(std::string_view language) const {
  wire::Json list = wire::Json::array();
  for (const WidgetRecord& w : widgets_) {
    list.push_back({{"role", RoleName(w.role)}, {"id", w.id}, {"label", w.label}, {"value", w.value},
                    {"x", w.x}, {"y", w.y}, {"width", w.width}, {"height", w.height},
                    {"focused", w.focused}, {"active", w.active}});
    if (w.traits.numeric) list.back()["numeric"] = true;
    if (w.traits.urgent) list.back()["urgent"] = true;
  }
  return wire::Dump(wire::Json{{"language", language}, {"widgets", std::move(list)}});
}

}  // namespace optagelse::web
