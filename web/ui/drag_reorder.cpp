// Drag-and-drop reordering: see drag_reorder.h. ImGui carries the dragged row's index as payload.
#include "ui/drag_reorder.h"

#include <string>

#include <imgui.h>

#include "ui/theme.h"

namespace optagelse::web::ui {

void ReorderHandle(WidgetRegistry& registry, std::string_view id, std::string_view label, const char* list, int index,
                   std::string_view preview) {
  ImGui::PushStyleColor(ImGuiCol_Text, ToImGui(palette::kWhite));
  ImGui::Button(("=##" + std::string(id)).c_str());
  ImGui::PopStyleColor();
  if (ImGui::IsItemHovered() && !ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
    ImGui::SetTooltip("%.*s", static_cast<int>(label.size()), label.data());
  }
  registry.RecordLastItem(WidgetRole::kDragHandle, id, label, "");
  if (ImGui::BeginDragDropSource(ImGuiDragDropFlags_None)) {
    ImGui::SetDragDropPayload(list, &index, sizeof index);
    ImGui::TextUnformatted(preview.data(), preview.data() + preview.size());
    ImGui::EndDragDropSource();
  }
}

std::optional<int> ReorderDropOnRow(const char* list) {
  std::optional<int> dropped;
  if (ImGui::BeginDragDropTarget()) {
    if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(list); payload && payload->DataSize == sizeof(int)) {
      dropped = *static_cast<const int*>(payload->Data);
    }
    ImGui::EndDragDropTarget();
  }
  return dropped;
}

}  // namespace optagelse::web::ui
