// The app's widgets: ImGui widgets that also record themselves in the WidgetRegistry, so every
// button and field can be found by its label (tests) and mirrored into the DOM (accessibility).
// Screens use these, never raw ImGui widgets.
#pragma once

#include <string>
#include <string_view>

#include "platform/browser_bridge.h"
#include "ui/widget_registry.h"

namespace optagelse::web::ui {

enum class StatusKind { kInfo, kSuccess, kWarning, kError };

void Heading(WidgetRegistry& registry, std::string_view id, std::string_view text);
// Wrapped text, published with an id (also used for table cells).
void Paragraph(WidgetRegistry& registry, std::string_view id, std::string_view text);
// A status line (role "status"): results and errors the user must notice.
void Status(WidgetRegistry& registry, std::string_view id, std::string_view text, StatusKind kind);
bool Button(WidgetRegistry& registry, std::string_view id, std::string_view label);
// A compact button showing a symbol ("+") whose published, accessible label says what it does
// ("Hæv matematik karakter 1").
bool IconButton(WidgetRegistry& registry, std::string_view id, std::string_view symbol, std::string_view label);
// A labelled text field; returns true when the text changed. Also tells the page where the active
// field is, so its mirrored DOM field (and the phone's keyboard) has the focus.
bool TextField(WidgetRegistry& registry, std::string_view id, std::string_view label, std::string& text,
               KeyboardKind keyboard, TextFieldFocus& focus_out);
// The same field without a visible label (e.g. in a table cell); the label is still published.
bool InlineTextField(WidgetRegistry& registry, std::string_view id, std::string_view label, std::string& text,
                     KeyboardKind keyboard, TextFieldFocus& focus_out, float width);
// One of a group of choices (role "radio"); returns true when clicked. The chosen one is marked
// by a check mark as well as its colour.
// accessible_label, when given, is what is published instead of the short visible label (e.g. "Ja"
// becomes "Personlige forudsætninger opfyldt: Ja").
bool Choice(WidgetRegistry& registry, std::string_view id, std::string_view label, bool chosen,
            std::string_view accessible_label = {});

// Puts the next button or choice (its visible label) on the line of the last item when it fits
// in the window, else starts a new line: rows of buttons wrap on a 360 px phone.
void SameLineIfFits(std::string_view next_label, bool chosen = false);

// Whether Escape was pressed this frame: it closes an open confirmation or form (WCAG 2.1.2, the
// keyboard user's way out), as the "No"/"Cancel" button beside it does.
bool EscapePressed();

}  // namespace optagelse::web::ui
