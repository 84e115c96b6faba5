// The readable insight page: see insight_page.h.
#include "insight/insight_page.h"

#include <map>

#include "text/html_escape.h"

namespace optagelse::insight {
namespace {

using text::EscapeHtml;

struct Label {
  const char* da;
  const char* en;
};

// Field names as a person reads them; a field without a label is shown by its name.
const std::map<std::string_view, Label>& Labels() {
  static const std::map<std::string_view, Label> labels = {
      {"cpr", {"CPR-nummer", "CPR number"}}, {"name", {"Navn", "Name"}}, {"address", {"Adresse", "Address"}},
      {"municipality_code", {"Kommune", "Municipality"}}, {"name_protected", {"Navnebeskyttelse", "Name protection"}},
      {"address_protected", {"Adressebeskyttelse", "Address protection"}}, {"relations", {"Familie", "Family"}},
      {"relation", {"Relation", "Relation"}}, {"source", {"Kilde", "Source"}}, {"who_corrects", {"Hvem retter", "Who corrects it"}},
      {"id", {"Nummer", "Number"}}, {"admission_year", {"Optagelsesår", "Admission year"}}, {"status", {"Status", "Status"}},
      {"version", {"Version", "Version"}}, {"content", {"Indhold", "Content"}}, {"wishes", {"Ønsker", "Wishes"}},
      {"institution", {"Institution", "Institution"}}, {"institution_name", {"Institutionens navn", "Institution name"}},
      {"institution_names", {"Institutionernes navne", "Institution names"}}, {"programme", {"Uddannelse", "Programme"}},
      {"contact", {"Kontaktoplysninger", "Contact details"}}, {"email", {"E-mail", "Email"}}, {"phone", {"Telefon", "Phone"}},
      {"forrang", {"Forrang", "Priority claims"}}, {"ground", {"Grund", "Ground"}}, {"attachment", {"Bilag", "Attachment"}},
      {"wish", {"Ønske", "Wish"}}, {"signature", {"Underskrift", "Signature"}}, {"decision", {"Afgørelse", "Decision"}},
      {"decisions", {"Afgørelser", "Decisions"}}, {"reason", {"Begrundelse", "Reason"}}, {"comment", {"Kommentar", "Comment"}},
      {"at", {"Tidspunkt", "Time"}}, {"by", {"Af", "By"}}, {"event", {"Hændelse", "Event"}}, {"history", {"Historik", "History"}},
      {"route", {"Sendt til", "Sent to"}}, {"updated_at", {"Senest ændret", "Last changed"}}, {"deletion", {"Slettes", "Deleted"}},
      {"on", {"Dato", "Date"}}, {"rule", {"Regel", "Rule"}}, {"sha256", {"Fingeraftryk (SHA-256)", "Fingerprint (SHA-256)"}},
      {"media_type", {"Filtype", "File type"}}, {"size", {"Størrelse (byte)", "Size (bytes)"}}, {"file_name", {"Filnavn", "File name"}},
      {"uploaded_at", {"Uploadet", "Uploaded"}}, {"download", {"Hent", "Download"}}, {"school", {"Skole", "School"}},
      {"school_name", {"Skolens navn", "School name"}}, {"name_as_reported", {"Navn som indberettet", "Name as reported"}},
      {"education_code", {"Uddannelseskode", "Education code"}}, {"grade", {"Klassetrin", "Grade"}}, {"class", {"Klasse", "Class"}},
      {"start_date", {"Startdato", "Start date"}}, {"end_date", {"Slutdato", "End date"}}, {"reported_at", {"Indberettet", "Reported"}},
      {"upv", {"Uddannelsesparathedsvurdering (UPV)", "Readiness assessment (UPV)"}}, {"entered_by", {"Indtastet af", "Entered by"}},
      {"entered_at", {"Indtastet", "Entered"}}, {"input", {"Grundlag", "Input"}}, {"assessment", {"Vurdering", "Assessment"}},
      {"minutes", {"Minutter", "Minutes"}}, {"reference_date", {"Beregnet for dagen", "Computed for the day"}},
      {"actor_role", {"Rolle", "Role"}}, {"actor", {"Hvem", "Who"}}, {"actor_name", {"Navn", "Name"}},
      {"action", {"Handling", "Action"}}, {"detail", {"Detalje", "Detail"}}, {"application_id", {"Ansøgning", "Application"}},
  };
  return labels;
}

struct Section {
  const char* key;
  Label heading;
};

constexpr Section kSections[] = {
    {"person", {"Dine personoplysninger", "Your personal data"}},
    {"applications", {"Dine ansøgninger", "Your applications"}},
    {"signatures_given", {"Underskrifter du har givet som forælder", "Signatures you gave as a parent"}},
    {"attachments", {"Dine bilag", "Your attachments"}},
    {"pupil_records", {"Skolernes indberetninger og UPV", "Schools' reports and readiness assessments"}},
    {"travel_times", {"Transporttider fra din adresse", "Travel times from your address"}},
    {"messages", {"Beskeder vi har sendt dig", "Messages we have sent you"}},
    {"audit_trail", {"Hvem har set eller ændret dine oplysninger", "Who has viewed or changed your data"}},
};

std::string LabelOf(std::string_view key) {
  const auto found = Labels().find(key);
  if (found == Labels().end()) return EscapeHtml(key);
  return EscapeHtml(found->second.da) + " <span lang=\"en\">(" + EscapeHtml(found->second.en) + ")</span>";
}

bool IsBilingual(const wire::Json& value) {
  return value.is_object() && value.size() == 2 && value.contains("da") && value.contains("en") && value["da"].is_string() &&
         value["en"].is_string();
}

void Render(const wire::Json& value, std::string& out);

void RenderObject(const wire::Json& object, std::string& out) {
  out += "<dl>";
  for (const auto& [key, member] : object.items()) {
    out += "<dt>" + LabelOf(key) + "</dt><dd>";
    Render(member, out);
    out += "</dd>";
  }
  out += "</dl>";
}

void Render(const wire::Json& value, std::string& out) {
  if (value.is_null()) {
    out += "<span class=\"none\">-</span>";
  } else if (value.is_boolean()) {
    out += value.get<bool>() ? "ja <span lang=\"en\">(yes)</span>" : "nej <span lang=\"en\">(no)</span>";
  } else if (value.is_string()) {
    out += EscapeHtml(value.get<std::string>());
  } else if (value.is_number()) {
    out += EscapeHtml(value.dump());
  } else if (IsBilingual(value)) {
    out += EscapeHtml(value["da"].get<std::string>()) + " <span lang=\"en\">(" + EscapeHtml(value["en"].get<std::string>()) + ")</span>";
  } else if (value.is_array()) {
    if (value.empty()) {
      out += "<span class=\"none\">ingen <span lang=\"en\">(none)</span></span>";
      return;
    }
    out += "<ol>";
    for (const wire::Json& item : value) {
      out += "<li>";
      Render(item, out);
      out += "</li>";
    }
    out += "</ol>";
  } else {
    RenderObject(value, out);
  }
}

}  // namespace

std::string InsightPage(const wire::Json& insight) {
  std::string out =
      "<!doctype html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>Mine oplysninger i Optagelse</title>"
      "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.45;color:#111}"
      "dt{font-weight:600;margin-top:.4rem}dd{margin-left:1.2rem}.none{color:#555}[lang=en]{color:#444}"
      "section{border-top:1px solid #999;margin-top:1.5rem}</style></head><body>\n";
  out += "<h1>Alt, Optagelse har om dig <span lang=\"en\">(Everything Optagelse holds about you)</span></h1>\n";
  out += "<p>Dannet <span lang=\"en\">(generated)</span> " + EscapeHtml(insight.value("generated_at", "")) +
         ". Samme indhold findes som JSON-fil <span lang=\"en\">(the same content as a JSON file)</span>: mine-oplysninger.json.</p>\n";
  for (const Section& section : kSections) {
    out += "<section><h2>" + EscapeHtml(section.heading.da) + " <span lang=\"en\">(" + EscapeHtml(section.heading.en) + ")</span></h2>\n";
    Render(insight.contains(section.key) ? insight[section.key] : wire::Json(nullptr), out);
    out += "</section>\n";
  }
  if (insight.contains("not_here")) {
    out += "<section><h2>Det, vi ikke har her <span lang=\"en\">(What is not here)</span></h2><p>";
    Render(insight["not_here"], out);
    out += "</p></section>\n";
  }
  out += "</body></html>\n";
  return out;
}

}  // namespace optagelse::insight
