// Danish and English text for UPV results: see reason_text.h.
#include "upv/reason_text.h"

#include "upv/grade_scale.h"

namespace optagelse::upv {
namespace {

bool Danish(Language language) { return language == Language::kDanish; }

std::string PrerequisiteText(Prerequisite prerequisite, Language language) {
  switch (prerequisite) {
    case Prerequisite::kPersonal: return Danish(language) ? "personlige forudsætninger" : "personal prerequisites";
    case Prerequisite::kSocial: return Danish(language) ? "sociale forudsætninger" : "social prerequisites";
    case Prerequisite::kPractical: return Danish(language) ? "praksisfaglige forudsætninger" : "practical prerequisites";
  }
  return "";
}

std::string Comparison(Milli actual, Milli required, int decimals, Language language) {
  return FormatMilli(actual, decimals, language) + (actual >= required ? " ≥ " : " < ") +
         FormatMilli(required, decimals, language);
}

std::string SourceSuffix(GradeSource source, Language language) {
  if (source == GradeSource::kStandpunkt) return "";
  return Danish(language) ? " (prøve)" : " (exam)";
}

}  // namespace

std::string SubjectDisplayName(const std::string& subject, Language language) {
  struct Names {
    std::string_view code;
    std::string_view danish;
    std::string_view english;
  };
  static constexpr Names kNames[] = {
      {"dansk", "dansk", "Danish"}, {"matematik", "matematik", "maths"}, {"engelsk", "engelsk", "English"},
      {"tysk", "tysk", "German"}, {"fransk", "fransk", "French"}, {"fysik_kemi", "fysik/kemi", "physics/chemistry"},
      {"biologi", "biologi", "biology"}, {"geografi", "geografi", "geography"}, {"historie", "historie", "history"},
      {"samfundsfag", "samfundsfag", "social studies"}, {"kristendom", "kristendom", "religious studies"},
      {"naturfag", "fællesprøven i naturfag", "combined science"},
      {"dansk_skriftlig", "dansk skriftlig", "Danish written"}, {"dansk_mundtlig", "dansk mundtlig", "Danish oral"},
      {"matematik_skriftlig", "matematik skriftlig", "maths written"},
      {"engelsk_mundtlig", "engelsk mundtlig", "English oral"},
      {"dansk_retskrivning", "dansk: retskrivning", "Danish: spelling"},
      {"dansk_laesning", "dansk: læsning", "Danish: reading"},
      {"dansk_fremstilling", "dansk: skriftlig fremstilling", "Danish: written composition"},
      {"matematik_uden_hjaelpemidler", "matematik uden hjælpemidler", "maths without aids"},
      {"matematik_med_hjaelpemidler", "matematik med hjælpemidler", "maths with aids"}};
  for (const Names& names : kNames) {
    if (subject == names.code) return std::string(Danish(language) ? names.danish : names.english);
  }
  return subject;
}

std::string TrackDisplayName(Track track, Language language) {
  switch (track) {
    case Track::kEud: return Danish(language) ? "erhvervsuddannelse (EUD/EUX)" : "vocational (EUD/EUX)";
    case Track::kHf: return Danish(language) ? "2-årig hf" : "2-year hf";
    case Track::kGym: return Danish(language) ? "3-årig gymnasial (stx, hhx, htx)" : "3-year upper secondary (stx, hhx, htx)";
  }
  return "";
}

std::string DescribeReason(const Reason& reason, int decimals, Language language) {
  switch (reason.kind) {
    case ReasonKind::kAverageOfAll:
      return (Danish(language) ? "gennemsnit af alle karakterer " : "average of all grades ") +
             Comparison(reason.actual, reason.required, decimals, language) + SourceSuffix(reason.source, language);
    case ReasonKind::kSubjectAverage:
      return SubjectDisplayName(reason.subject, language) + SourceSuffix(reason.source, language) + " " +
             Comparison(reason.actual, reason.required, decimals, language);
    case ReasonKind::kNoGrades: {
      const std::string what = (reason.subject.empty() ? (Danish(language) ? "karakterer" : "grades")
                                                       : SubjectDisplayName(reason.subject, language)) +
                               SourceSuffix(reason.source, language);
      return (Danish(language) ? "ingen " + what + " (krav " : "no " + what + " (required ") +
             FormatMilli(reason.required, decimals, language) + ")";
    }
    case ReasonKind::kPrerequisite:
      return PrerequisiteText(reason.prerequisite, language) +
             (reason.met ? (Danish(language) ? " opfyldt" : " met") : (Danish(language) ? " ikke opfyldt" : " not met"));
    case ReasonKind::kPrerequisiteNotAssessed:
      return PrerequisiteText(reason.prerequisite, language) + (Danish(language) ? " ikke vurderet endnu" : " not assessed yet");
  }
  return "";
}

std::string DescribeVerdict(const TrackAssessment& track, const RuleSet& rules, Language language) {
  return (track.ready ? rules.ready_label : rules.not_ready_label).In(language);
}

std::string DescribePlaceOutcome(PlaceOutcome outcome, Language language) {
  switch (outcome) {
    case PlaceOutcome::kRight: return Danish(language) ? "retskrav på optagelse" : "right to a place";
    case PlaceOutcome::kRightAfterTalk:
      return Danish(language) ? "retskrav efter en vejledende samtale" : "right to a place after a guidance talk";
    case PlaceOutcome::kTestAndTalk:
      return Danish(language) ? "optagelsesprøve og samtale" : "admission test and talk";
    case PlaceOutcome::kNoRight: return Danish(language) ? "intet retskrav" : "no right to a place";
  }
  return "";
}

std::string DescribeChange(const GradeChange& change, Language language) {
  const std::string subject = SubjectDisplayName(change.subject, language) + SourceSuffix(change.source, language);
  const std::string from = change.from ? FormatGrade(*change.from) : "-";
  const std::string to = change.to ? FormatGrade(*change.to) : "-";
  return subject + ": " + from + " → " + to;
}

std::string DescribePath(const PathToReady& path, Language language) {
  std::string text;
  if (!path.reachable) {
    text = Danish(language) ? "Karakterkravet kan ikke nås ved at hæve de nuværende karakterer."
                            : "The grade requirement cannot be met by raising the current grades.";
  } else if (path.academic_met) {
    text = Danish(language) ? "Karakterkravet er opfyldt." : "The grade requirement is met.";
  } else {
    text = Danish(language) ? "Mindste ændring (" + std::to_string(path.steps) + " trin): "
                            : "Smallest change (" + std::to_string(path.steps) + (path.steps == 1 ? " step): " : " steps): ");
    for (std::size_t i = 0; i < path.changes.size(); ++i) {
      text += (i ? ", " : "") + DescribeChange(path.changes[i], language);
    }
    text += ".";
  }
  for (const Prerequisite prerequisite : path.prerequisites_needed) {
    text += (Danish(language) ? " Kræver også " : " Also needs ") + PrerequisiteText(prerequisite, language) + ".";
  }
  return text;
}

}  // namespace optagelse::upv
