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
    case TextId::kPlacementHeading: return {"Din plads og hvorfor", "Your place and why"};
    case TextId::kPlacementNone: return {"Fordelingen er ikke offentliggjort endnu.", "The allocation has not been published yet."};
    case TextId::kPlacementByRegion: return {"regionen har fundet en plads til dig.", "the region has found you a place."};
    case TextId::kNavAllocation: return {"Fordeling", "Allocation"};
    case TextId::kAllocHeading: return {"Fordeling: prøv i browseren", "Allocation: try it in the browser"};
    case TextId::kAllocHint: return {"Indlæs et datasæt (en JSON-fil i fordelingens filformat), ret kapaciteter eller regler, og kør fordelingen i browseren. Intet sendes til serveren.", "Load a data set (a JSON file in the allocation's file format), change capacities or rules, and run the allocation in the browser. Nothing is sent to the server."};
    case TextId::kAllocLoad: return {"Indlæs datasæt", "Load data set"};
    case TextId::kAllocLoaded: return {"Indlæst: {name} ({applicants} ansøgere, {offers} udbud).", "Loaded: {name} ({applicants} applicants, {offers} offers)."};
    case TextId::kAllocRunA: return {"Kør fordeling (A)", "Run allocation (A)"};
    case TextId::kAllocRunB: return {"Kør igen med ændringer (B)", "Run again with changes (B)"};
    case TextId::kAllocRunSummary: return {"{run}: {placed} placeret, {unplaced} på regionens liste, {ms} ms, {stable}.", "{run}: {placed} placed, {unplaced} on the region's list, {ms} ms, {stable}."};
    case TextId::kAllocStable: return {"stabil", "stable"};
    case TextId::kAllocNotStable: return {"IKKE stabil", "NOT stable"};
    case TextId::kAllocRuleYear: return {"Regler for optagelsesåret", "Rules of admission year"};
    case TextId::kAllocIncomeModel: return {"Indkomstmodel (lov 880)", "Income model (law 880)"};
    case TextId::kAllocFilter: return {"Find udbud (fx 101001-stx)", "Find offers (e.g. 101001-stx)"};
    case TextId::kAllocCapacity: return {"Kapacitet", "Capacity"};
    case TextId::kAllocCompare: return {"Sammenligning af A og B", "Comparing A and B"};
    case TextId::kAllocMoved: return {"{moved} ansøgere har fået en anden plads i B end i A.", "{moved} applicants have a different place in B than in A."};
    case TextId::kAllocCutoffChart: return {"Sidst optagnes transporttid pr. udbud (minutter)", "Last admitted's travel time per offer (minutes)"};
    case TextId::kAllocColumnOffer: return {"Udbud", "Offer"};
    case TextId::kAllocColumnFilled: return {"Fyldt A / B", "Filled A / B"};
    case TextId::kAllocColumnCutoff: return {"Grænse A / B (min.)", "Cutoff A / B (min)"};
    case TextId::kAllocInvalid: return {"Datasættet kan ikke bruges", "The data set cannot be used"};
    case TextId::kUpvMineHeading: return {"Elev eller forælder: se vurderingen", "Pupil or parent: see the assessment"};
    case TextId::kUpvMineLogin: return {"Log ind (simuleret MitID)", "Log in (simulated MitID)"};
    case TextId::kUpvNameProtected: return {"Navnebeskyttet", "Name protected"};
    case TextId::kUpvYourChild: return {"dit barn", "your child"};
    case TextId::kUpvNoAssessmentYet: return {"Skolen har ikke lavet en vurdering endnu.", "The school has not made an assessment yet."};
    case TextId::kNavUpv: return {"Uddannelsesparathed", "Readiness (UPV)"};
    case TextId::kUpvHeading: return {"Uddannelsesparathedsvurdering (UPV)", "Readiness assessment (UPV)"};
    case TextId::kUpvLoginFirst: return {"Log ind som skole under \"Skole\" for at se klassernes vurderinger. Hvad nu hvis-beregneren virker også uden login og uden net.", "Log in as a school under \"School\" to see the classes' assessments. The what-if calculator also works without logging in and without a network."};
    case TextId::kUpvClassList: return {"Klasseliste", "Class list"};
    case TextId::kUpvLoadList: return {"Hent klasselisten", "Load the class list"};
    case TextId::kUpvNoPupils: return {"Ingen elever. Indberet elever under \"Skole\" først.", "No pupils. Report pupils under \"School\" first."};
    case TextId::kUpvOpen: return {"Åbn", "Open"};
    case TextId::kUpvBlocked: return {"Blokeret", "Blocked"};
    case TextId::kUpvNotAssessed: return {"Ikke vurderet", "Not assessed"};
    case TextId::kUpvReady: return {"Parat", "Ready"};
    case TextId::kUpvNotReady: return {"Ikke parat", "Not ready"};
    case TextId::kUpvProvisional: return {"foreløbig", "provisional"};
    case TextId::kUpvWhatIf: return {"Hvad nu hvis?", "What if?"};
    case TextId::kUpvWhatIfHint: return {"Ændringer her bliver kun i denne browser og sendes ikke, før du trykker \"Gem vurdering\".", "Changes here stay in this browser and are not sent until you press \"Save assessment\"."};
    case TextId::kUpvNewScenario: return {"Nyt scenarie", "New scenario"};
    case TextId::kUpvSave: return {"Gem vurdering", "Save assessment"};
    case TextId::kUpvSaved: return {"Vurderingen er gemt.", "The assessment is saved."};
    case TextId::kUpvReset: return {"Tilbage til de gemte karakterer", "Back to the saved grades"};
    case TextId::kUpvClose: return {"Luk", "Close"};
    case TextId::kUpvGradeLevel: return {"Klassetrin", "Grade level"};
    case TextId::kUpvRaise: return {"Hæv", "Raise"};
    case TextId::kUpvLower: return {"Sænk", "Lower"};
    case TextId::kUpvRemove: return {"Fjern", "Remove"};
    case TextId::kUpvGrade: return {"karakter", "grade"};
    case TextId::kUpvAddGrade: return {"Tilføj karakter i", "Add a grade in"};
    case TextId::kUpvAddSubject: return {"Tilføj fag", "Add subject"};
    case TextId::kUpvSubjectName: return {"Nyt fag (fx tysk)", "New subject (e.g. tysk)"};
    case TextId::kUpvStandpunkt: return {"Standpunktskarakterer", "Standpunkt grades"};
    case TextId::kUpvPersonal: return {"Personlige forudsætninger opfyldt", "Personal prerequisites met"};
    case TextId::kUpvSocial: return {"Sociale forudsætninger opfyldt", "Social prerequisites met"};
    case TextId::kUpvPractical: return {"Praksisfaglige forudsætninger opfyldt", "Practical prerequisites met"};
    case TextId::kUpvYes: return {"Ja", "Yes"};
    case TextId::kUpvNo: return {"Nej", "No"};
    case TextId::kUpvNotYet: return {"Ikke vurderet", "Not assessed"};
    case TextId::kUpvResult: return {"Resultat", "Result"};
    case TextId::kUpvChanged: return {"Ændret i forhold til de gemte karakterer", "Changed from the saved grades"};
    case TextId::kUpvNoChanges: return {"Ingen ændringer endnu.", "No changes yet."};
    case TextId::kUpvPath: return {"Mindste vej til parathed", "Smallest path to readiness"};
    case TextId::kUpvComputedIn: return {"Beregnet i browseren på {ms} ms med reglerne for optagelsesåret {year}.", "Computed in the browser in {ms} ms with the rules of admission year {year}."};
    case TextId::kWhatIfRuleYear: return {"Regler for optagelsesåret", "Rules of admission year"};
    case TextId::kWhatIfExams: return {"Prøvekarakterer (afgangsprøverne)", "Exam grades (the leaving exams)"};
    case TextId::kWhatIfYearWithUpv:
      return {"I {year} vurderede skolen, om eleven var uddannelsesparat: karaktererne og de personlige og sociale forudsætninger talte.",
              "In {year} the school assessed whether the pupil was ready: the grades and the personal and social prerequisites counted."};
    case TextId::kWhatIfYearWithoutUpv:
      return {"I {year} er der ingen vurdering af uddannelsesparathed. Kun karakterkravet afgør, om eleven kan optages.",
              "In {year} there is no readiness assessment. Only the grade requirement decides whether the pupil can be admitted."};
    case TextId::kUpvTrackChangedTo: return {"ændres til", "changes to"};
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
    case TextId::kNavHome: return {"Forside", "Home"};
    case TextId::kNavSchool: return {"Skole: elevindberetning", "School: pupil report"};
    case TextId::kSchoolHeading: return {"Elevindberetning (Elevdatabasen)", "Pupil report (Elevdatabasen)"};
    case TextId::kSchoolLoginHint:
      return {"Log ind som medarbejder på en grundskole. Demo: der bruges ikke MitID; skriv skolens institutionsnummer (fx 101002).",
              "Log in as staff of a primary school. Demo: no MitID is used; type the school's institution number (e.g. 101002)."};
    case TextId::kInstitutionNumber: return {"Institutionsnummer", "Institution number"};
    case TextId::kLogInAsSchool: return {"Log ind som skole", "Log in as school"};
    case TextId::kLoggedInAs: return {"Logget ind som skole", "Logged in as school"};
    case TextId::kLogOut: return {"Log ud", "Log out"};
    case TextId::kUploadHeading: return {"Indberet elever", "Report pupils"};
    case TextId::kUploadHint:
      return {"Vælg skolens eksport (CSV med ; eller , i UTF-8 eller Windows-1252, eller JSON). Hver række får en afgørelse; elever med fiktive eller ukendte CPR-numre bliver vist her, indtil de er rettet.",
              "Choose the school's export (CSV with ; or , in UTF-8 or Windows-1252, or JSON). Every row gets a verdict; pupils with fictitious or unknown CPR numbers stay listed here until corrected."};
    case TextId::kChooseFile: return {"Vælg fil og indberet", "Choose file and report"};
    case TextId::kUploading: return {"Indberetter ...", "Reporting ..."};
    case TextId::kUploadResult:
      return {"Indberetningen er modtaget: {accepted} godkendt, {filtered} frasorteret, {rejected} afvist.",
              "The report was received: {accepted} accepted, {filtered} filtered out, {rejected} rejected."};
    case TextId::kUploadFailed: return {"Filen blev ikke indberettet; intet er gemt", "The file was not reported; nothing was saved"};
    case TextId::kPupilsHeading: return {"Skolens elever", "The school's pupils"};
    case TextId::kFilterAll: return {"Alle", "All"};
    case TextId::kFilterAccepted: return {"Godkendte", "Accepted"};
    case TextId::kFilterFiltered: return {"Frasorterede", "Filtered out"};
    case TextId::kFilterRejected: return {"Afviste", "Rejected"};
    case TextId::kClassFilter: return {"Klasse (tom: alle)", "Class (empty: all)"};
    case TextId::kExportRejected: return {"Eksportér afviste og frasorterede (CSV)", "Export rejected and filtered (CSV)"};
    case TextId::kColumnStatus: return {"Status", "Status"};
    case TextId::kColumnLine: return {"Linje", "Line"};
    case TextId::kColumnCpr: return {"CPR-nummer", "CPR number"};
    case TextId::kColumnName: return {"Navn", "Name"};
    case TextId::kColumnClass: return {"Klasse", "Class"};
    case TextId::kColumnProblem: return {"Hvad er galt, og hvad skal I gøre", "What is wrong, and what to do"};
    case TextId::kColumnFix: return {"Ret CPR-nummer", "Correct CPR number"};
    case TextId::kFixCpr: return {"Ret", "Correct"};
    case TextId::kStatusAccepted: return {"Godkendt", "Accepted"};
    case TextId::kStatusFiltered: return {"Frasorteret", "Filtered out"};
    case TextId::kStatusRejected: return {"Afvist", "Rejected"};
    case TextId::kNoPupils: return {"Ingen elever matcher filteret.", "No pupils match the filter."};
    case TextId::kRequestFailed: return {"Forespørgslen mislykkedes", "The request failed"};
  }
  return {"", ""};
}

}  // namespace

std::string_view Text(TextId id, Language language) {
  const Texts texts = TextsFor(id);
  return language == Language::kDanish ? texts.danish : texts.english;
}

}  // namespace optagelse::web
