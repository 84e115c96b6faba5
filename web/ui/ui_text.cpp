// Interface text in Danish and English: see ui_text.h. A switch without default: a new TextId
// without text does not compile.
#include "ui/ui_text.h"

namespace optagelse::web {
namespace {

struct Texts {
  std::string_view danish;
  std::string_view english;
};

Texts TextsFor(TextId id) {
  switch (id) {
    case TextId::kAppTitle: return {"Optagelse", "Optagelse"};
    case TextId::kAppSubtitle:
      return {"Ansøgning til ungdomsuddannelserne: gymnasium, hf, erhvervsuddannelse og 10. klasse.",
              "Applying for upper-secondary education: gymnasium, hf, vocational education and 10th grade."};
    case TextId::kSwitchLanguage: return {"English", "Dansk"};
    case TextId::kServerHeading: return {"Forbindelse til serveren", "Connection to the server"};
    case TextId::kCheckConnection: return {"Tjek forbindelse", "Check connection"};
    case TextId::kNotCheckedYet: return {"Forbindelsen er ikke tjekket endnu.", "The connection has not been checked yet."};
    case TextId::kChecking: return {"Tjekker forbindelsen ...", "Checking the connection ..."};
    case TextId::kServerAnswered:
      return {"Serveren svarer: version {version}, database {status} (skema {schema}, {persons} personer, {institutions} institutioner).",
              "The server answers: version {version}, database {status} (schema {schema}, {persons} persons, {institutions} institutions)."};
    case TextId::kServerUnreachable: return {"Serveren svarer ikke", "The server does not answer"};
    case TextId::kCprHeading: return {"Tjek et CPR-nummer", "Check a CPR number"};
    case TextId::kCprLabel: return {"CPR-nummer", "CPR number"};
    case TextId::kCprHint:
      return {"Skriv 10 cifre, evt. med bindestreg (DDMMÅÅ-SSSS). Tjekket sker i browseren med samme regler som serveren.",
              "Type 10 digits, optionally with a hyphen (DDMMYY-SSSS). The check runs in the browser with the server's rules."};
    case TextId::kCprValid: return {"Gyldigt format", "Valid format"};
    case TextId::kCprFictitious: return {"Fiktivt nummer", "Fictitious number"};
    case TextId::kCprMalformed: return {"Ugyldigt", "Invalid"};
    case TextId::kBornOn: return {"født", "born"};
    case TextId::kFemale: return {"kvinde", "female"};
    case TextId::kMale: return {"mand", "male"};
    case TextId::kNotesHeading: return {"Noter", "Notes"};
    case TextId::kNotesLabel: return {"Kladde", "Scratch pad"};
    case TextId::kNotesHint:
      return {"Her kan du skrive, kopiere og indsætte tekst (Ctrl+C / Ctrl+V) - æ, ø og å virker.",
              "Type, copy and paste text here (Ctrl+C / Ctrl+V) - æ, ø and å work."};
  }
  return {"", ""};
}

}  // namespace

std::string_view Text(TextId id, Language language) {
  const Texts texts = TextsFor(id);
  return language == Language::kDanish ? texts.danish : texts.english;
}

}  // namespace optagelse::web
