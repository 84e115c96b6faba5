// The allocation preview: see allocation_screen.h.
#include "screens/allocation_screen.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

#include <imgui.h>

#include "core/messages.h"
#include "platform/browser_storage.h"
#include "ui/ui_text.h"
#include "ui/widgets.h"
#include "wire/allocation_wire.h"
#include "wire_simd/allocation_input_reader.h"

namespace optagelse::web {
namespace {

constexpr std::size_t kShownOffers = 12;

std::string Fill(std::string text, std::string_view key, const std::string& value) {
  const auto at = text.find(key);
  if (at != std::string::npos) text.replace(at, key.size(), value);
  return text;
}

void Load(AllocationPreviewState& preview, const ChosenFile& file, Language lang) {
  std::string text = file.bytes;  // the reader pads its copy for simdjson
  auto input = wire::ReadAllocationInput(text);
  if (!input) {
    preview.message = std::string(Text(TextId::kAllocInvalid, lang)) + ": " + MessageFor(input.error(), lang) +
                      (input.error().field.empty() ? "" : " [" + input.error().field + "]");
    preview.message_is_error = true;
    return;
  }
  preview.data = std::move(*input);
  if (preview.data->rule_year) preview.rule_year = preview.data->rule_year;
  preview.data_name = file.name;
  preview.run_a.reset();
  preview.run_b.reset();
  preview.capacity_text.clear();
  preview.message = Fill(Fill(Fill(std::string(Text(TextId::kAllocLoaded, lang)), "{name}", file.name), "{applicants}",
                              std::to_string(preview.data->applicants.size())),
                         "{offers}", std::to_string(preview.data->offers.size()));
  preview.message_is_error = false;
}

// Runs the data set with the capacities and rules as edited; the run owns its copy of both.
std::unique_ptr<PreviewRun> RunNow(AppState& state) {
  AllocationPreviewState& preview = state.allocation_preview;
  auto run = std::make_unique<PreviewRun>();
  run->input = *preview.data;
  for (const auto& [offer, text] : preview.capacity_text) {
    int capacity = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), capacity);
    if (error == std::errc() && end == text.data() + text.size()) run->input.offers[offer].capacity = capacity;
  }
  run->input.rule_year = preview.rule_year;
  if (state.rules) {
    if (auto rules = state.rules->ForYear(preview.rule_year)) run->rules = (*rules)->allocation;
  }
  run->rules.income_model = preview.law880 ? allocation::IncomeModel::kLaw880 : allocation::IncomeModel::kNone;
  const double start = NowMilliseconds();
  auto result = allocation::Allocate(run->input, run->rules);
  run->milliseconds = NowMilliseconds() - start;
  PublishMeasurement("allocation_ms", run->milliseconds);
  if (!result) {
    preview.message = std::string(Text(TextId::kAllocInvalid, state.language)) + ": " + MessageFor(result.error().front(), state.language) +
                      " [" + result.error().front().field + "]";
    preview.message_is_error = true;
    return nullptr;
  }
  run->result = std::move(*result);
  preview.message.clear();
  return run;
}

std::string Summary(const PreviewRun& run, const char* name, Language lang) {
  std::size_t placed = 0;
  for (const auto& placement : run.result.placements) placed += placement.offer ? 1 : 0;
  char ms[32];
  std::snprintf(ms, sizeof ms, "%.0f", run.milliseconds);
  std::string text(Text(TextId::kAllocRunSummary, lang));
  text = Fill(text, "{run}", name);
  text = Fill(text, "{placed}", std::to_string(placed));
  text = Fill(text, "{unplaced}", std::to_string(run.result.placements.size() - placed));
  text = Fill(text, "{ms}", ms);
  return Fill(text, "{stable}", std::string(Text(run.result.stable() ? TextId::kAllocStable : TextId::kAllocNotStable, lang)));
}

struct OfferFigures {
  int filled = 0;
  int cutoff_minutes = -1;  // -1: not full in the main round
};

std::vector<OfferFigures> Figures(const PreviewRun& run) {
  std::vector<OfferFigures> figures(run.input.offers.size());
  for (std::size_t p = 0; p < run.result.instance.pools.size(); ++p) {
    OfferFigures& figure = figures[run.result.instance.pools[p].offer];
    figure.filled += run.result.pools[p].filled;
    if (const auto& key = run.result.pools[p].last_admitted_main) {
      figure.cutoff_minutes = std::max(figure.cutoff_minutes, allocation::PriorityKey::Unpack(*key).minutes);
    }
  }
  return figures;
}

void DrawSettings(AppState& state) {
  const Language lang = state.language;
  AllocationPreviewState& preview = state.allocation_preview;
  ImGui::TextUnformatted(std::string(Text(TextId::kAllocRuleYear, lang)).c_str());
  if (state.rules) {
    for (const int year : state.rules->Years()) {
      if (!(*state.rules->ForYear(year))->allocation.central) continue;  // before 2023: no national allocation to run
      ui::SameLineIfFits(std::to_string(year), preview.rule_year == year);
      if (ui::Choice(state.widgets, "alloc.year." + std::to_string(year), std::to_string(year), preview.rule_year == year)) {
        preview.rule_year = year;
      }
    }
  }
  if (ui::Choice(state.widgets, "alloc.law880", Text(TextId::kAllocIncomeModel, lang), preview.law880)) preview.law880 = !preview.law880;
  ui::TextField(state.widgets, "alloc.filter", Text(TextId::kAllocFilter, lang), preview.offer_filter, KeyboardKind::kText, state.text_focus);
  std::size_t shown = 0;
  for (std::size_t o = 0; o < preview.data->offers.size() && shown < kShownOffers; ++o) {
    const allocation::Offer& offer = preview.data->offers[o];
    if (!preview.offer_filter.empty() && offer.id.find(preview.offer_filter) == std::string::npos) continue;
    ++shown;
    auto [text, added] = preview.capacity_text.try_emplace(o, std::to_string(offer.capacity));
    ImGui::TextUnformatted(offer.id.c_str());
    ImGui::SameLine(ImGui::GetFontSize() * 10);
    ui::InlineTextField(state.widgets, "alloc.capacity." + offer.id, std::string(Text(TextId::kAllocCapacity, lang)) + " " + offer.id,
                        text->second, KeyboardKind::kNumeric, state.text_focus, ImGui::GetFontSize() * 5);
  }
}

void DrawComparison(AppState& state) {
  const Language lang = state.language;
  const AllocationPreviewState& preview = state.allocation_preview;
  const PreviewRun& a = *preview.run_a;
  const PreviewRun& b = *preview.run_b;
  ui::Heading(state.widgets, "alloc.compare", Text(TextId::kAllocCompare, lang));
  std::size_t moved = 0;
  for (std::size_t i = 0; i < a.result.placements.size() && i < b.result.placements.size(); ++i) {
    moved += a.result.placements[i].offer != b.result.placements[i].offer ? 1 : 0;
  }
  ui::Paragraph(state.widgets, "alloc.moved", Fill(std::string(Text(TextId::kAllocMoved, lang)), "{moved}", std::to_string(moved)));
  const std::vector<OfferFigures> fa = Figures(a), fb = Figures(b);
  // The offers that changed most first.
  std::vector<std::size_t> order(fa.size());
  for (std::size_t o = 0; o < order.size(); ++o) order[o] = o;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    return std::abs(fa[x].filled - fb[x].filled) + std::abs(fa[x].cutoff_minutes - fb[x].cutoff_minutes) >
           std::abs(fa[y].filled - fb[y].filled) + std::abs(fa[y].cutoff_minutes - fb[y].cutoff_minutes);
  });
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("alloc_compare", 3, kFlags, ImVec2(ImGui::CalcItemWidth(), 0))) {
    for (const TextId column : {TextId::kAllocColumnOffer, TextId::kAllocColumnFilled, TextId::kAllocColumnCutoff}) {
      ImGui::TableSetupColumn(std::string(Text(column, lang)).c_str());
    }
    ImGui::TableHeadersRow();
    const auto minutes = [](int m) { return m < 0 ? std::string("-") : std::to_string(m); };
    for (std::size_t i = 0; i < order.size() && i < kShownOffers; ++i) {
      const std::size_t o = order[i];
      const std::string& id = a.input.offers[o].id;
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ui::Paragraph(state.widgets, "alloc.row." + id, id);
      ImGui::TableNextColumn();
      ui::Paragraph(state.widgets, "alloc.row." + id + ".filled",
                    std::to_string(fa[o].filled) + " / " + std::to_string(fb[o].filled) + " (" + std::to_string(b.input.offers[o].capacity) + ")");
      ImGui::TableNextColumn();
      ui::Paragraph(state.widgets, "alloc.row." + id + ".cutoff", minutes(fa[o].cutoff_minutes) + " / " + minutes(fb[o].cutoff_minutes));
    }
    ImGui::EndTable();
  }
}

// Both runs' charts share one scale (scale_minutes) so they can be compared by eye.
void DrawCutoffChart(AppState& state, const PreviewRun& run, const char* name, int scale_minutes) {
  std::vector<float> values;
  int highest = 0;
  for (const OfferFigures& figure : Figures(run)) {
    values.push_back(static_cast<float>(std::max(0, figure.cutoff_minutes)));
    highest = std::max(highest, figure.cutoff_minutes);
  }
  const std::string label = std::string(Text(TextId::kAllocCutoffChart, state.language)) + " - " + name;
  ImGui::TextUnformatted(label.c_str());
  ImGui::PlotHistogram((std::string("##chart") + name).c_str(), values.data(), static_cast<int>(values.size()), 0, nullptr, 0.0f,
                       static_cast<float>(std::max(10, scale_minutes)), ImVec2(ImGui::CalcItemWidth(), ImGui::GetFontSize() * 5));
  // The chart's numbers in words, for screen readers and tests.
  state.widgets.RecordLastItem(WidgetRole::kText, std::string("alloc.chart.") + name, label,
                               std::to_string(values.size()) + " offers, highest cutoff " + std::to_string(highest) + " min");
}

}  // namespace

void DrawAllocationScreen(AppState& state) {
  const Language lang = state.language;
  AllocationPreviewState& preview = state.allocation_preview;
  ui::Heading(state.widgets, "alloc.heading", Text(TextId::kAllocHeading, lang));
  ui::Paragraph(state.widgets, "alloc.hint", Text(TextId::kAllocHint, lang));
  if (ui::Button(state.widgets, "alloc.load", Text(TextId::kAllocLoad, lang))) ChooseFile(".json,application/json");
  if (std::optional<ChosenFile> file = TakeChosenFile()) Load(preview, *file, lang);
  if (!preview.message.empty()) {
    ui::Status(state.widgets, "alloc.message", preview.message, preview.message_is_error ? ui::StatusKind::kError : ui::StatusKind::kInfo);
  }
  if (!preview.data) return;
  DrawSettings(state);
  if (ui::Button(state.widgets, "alloc.run_a", Text(TextId::kAllocRunA, lang))) {
    preview.run_a = RunNow(state);
    preview.run_b.reset();
  }
  if (preview.run_a) {
    ImGui::SameLine();
    if (ui::Button(state.widgets, "alloc.run_b", Text(TextId::kAllocRunB, lang))) preview.run_b = RunNow(state);
    ui::Status(state.widgets, "alloc.summary_a", Summary(*preview.run_a, "A", lang),
               preview.run_a->result.stable() ? ui::StatusKind::kSuccess : ui::StatusKind::kError);
  }
  if (preview.run_b) {
    ui::Status(state.widgets, "alloc.summary_b", Summary(*preview.run_b, "B", lang),
               preview.run_b->result.stable() ? ui::StatusKind::kSuccess : ui::StatusKind::kError);
  }
  int scale = 0;
  for (const PreviewRun* run : {preview.run_a.get(), preview.run_b.get()}) {
    if (run == nullptr) continue;
    for (const OfferFigures& figure : Figures(*run)) scale = std::max(scale, figure.cutoff_minutes);
  }
  if (preview.run_a) DrawCutoffChart(state, *preview.run_a, "A", scale);
  if (preview.run_b) {
    DrawCutoffChart(state, *preview.run_b, "B", scale);
    DrawComparison(state);
  }
}

}  // namespace optagelse::web
