// The Danish and English texts for every error code. A switch without default: the compiler
// (-Werror=switch) refuses a new code that has no text here.
#include "core/messages.h"

namespace optagelse {
namespace {

struct Texts {
  std::string_view danish;
  std::string_view english;
};

Texts TextsFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInternal:
      return {"Der opstod en intern fejl. Prøv igen senere.", "An internal error occurred. Please try again later."};
    case ErrorCode::kBadRequest:
      return {"Forespørgslen kunne ikke forstås.", "The request could not be understood."};
    case ErrorCode::kNotFound:
      return {"Siden eller ressourcen findes ikke.", "The page or resource does not exist."};
    case ErrorCode::kTooManyAttempts:
      return {"For mange forsøg på at logge ind. Prøv igen om {} sekunder.", "Too many login attempts. Try again in {} seconds."};
    case ErrorCode::kLoginMethodDisabled:
      return {"Denne måde at logge ind på er slået fra på denne server ({}).",
              "This way of logging in is switched off on this server ({})."};
    case ErrorCode::kLoginStateInvalid:
      return {"Login-forsøget er udløbet, allerede brugt eller startet i en anden browser. Start forfra.",
              "The login attempt has expired, was already used or was started in another browser. Start again."};
    case ErrorCode::kLoginTokenInvalid:
      return {"Login-tjenestens svar kunne ikke godkendes ({}). Du er ikke logget ind.",
              "The login service's answer could not be verified ({}). You are not logged in."};
    case ErrorCode::kLoginProviderUnavailable:
      return {"Login-tjenesten svarer ikke lige nu. Prøv igen om lidt.",
              "The login service is not answering right now. Try again in a moment."};
    case ErrorCode::kLoginProviderRefused:
      return {"Login-tjenesten afviste login ({}). Du er ikke logget ind.",
              "The login service refused the login ({}). You are not logged in."};
    case ErrorCode::kLoginClaimMissing:
      return {"Login-tjenesten oplyste ikke {}, som kræves for at logge ind her.",
              "The login service did not provide {}, which is needed to log in here."};
    case ErrorCode::kLoginReturnInvalid:
      return {"Adressen at vende tilbage til skal være en side på denne tjeneste.",
              "The address to return to must be a page of this service."};
    case ErrorCode::kTooManyConnections:
      return {"Der er for mange åbne forbindelser fra din adresse. Prøv igen om lidt.",
              "There are too many open connections from your address. Try again in a moment."};
    case ErrorCode::kLoginPersonUnknown:
      return {"Vi kan ikke finde dit CPR-nummer i CPR-registeret, så du kan ikke logge ind her. Er det en fejl, så kontakt "
              "vejledningen i din kommune.",
              "We cannot find your CPR number in the CPR register, so you cannot log in here. If this is a mistake, contact "
              "the youth guidance in your municipality."};
    case ErrorCode::kPayloadTooLarge:
      return {"Indholdet er for stort (højst {} byte).", "The content is too large (at most {} bytes)."};
    case ErrorCode::kUnsupportedMediaType:
      return {"Indholdstypen understøttes ikke; brug {}.", "The content type is not supported; use {}."};
    case ErrorCode::kInvalidJson:
      return {"Indholdet er ikke gyldig JSON.", "The content is not valid JSON."};
    case ErrorCode::kMissingField:
      return {"Feltet mangler.", "The field is missing."};
    case ErrorCode::kWrongFieldType:
      return {"Feltet har en forkert type; forventet {}.", "The field has the wrong type; expected {}."};
    case ErrorCode::kMethodNotAllowed:
      return {"Metoden er ikke tilladt her.", "The method is not allowed here."};
    case ErrorCode::kDuplicateValue:
      return {"Værdien {} findes allerede.", "The value {} appears more than once."};
    case ErrorCode::kUnknownReference:
      return {"{} henviser til noget, der ikke findes.", "{} refers to something that does not exist."};
    case ErrorCode::kInvalidInstitutionNumber:
      return {"Institutionsnummeret skal have 6 cifre (her: \"{}\").", "The institution number must have 6 digits (here: \"{}\")."};
    case ErrorCode::kInvalidEncoding:
      return {"Filen er ikke gyldig tekst ({}). Gem den som UTF-8 eller Windows-1252 (CSV) og prøv igen.",
              "The file is not valid text ({}). Save it as UTF-8 or Windows-1252 (CSV) and try again."};
    case ErrorCode::kEmptyFile:
      return {"Filen er tom.", "The file is empty."};
    case ErrorCode::kCsvUnterminatedQuote:
      return {"Et anførselstegn i linje {} lukkes aldrig.", "A quotation mark on line {} is never closed."};
    case ErrorCode::kMissingColumn:
      return {"Kolonnen \"{}\" mangler i filens første linje.", "The column \"{}\" is missing from the file's first line."};
    case ErrorCode::kInvalidDate:
      return {"Datoen \"{}\" findes ikke; skriv ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ.",
              "The date \"{}\" does not exist; write YYYY-MM-DD or DD-MM-YYYY."};
    case ErrorCode::kEndBeforeStart:
      return {"Slutdatoen ligger før startdatoen.", "The end date is before the start date."};
    case ErrorCode::kCsvFieldCount:
      return {"Linjen har {} felter; overskriften har et andet antal.", "The line has {} fields; the header has a different number."};
    case ErrorCode::kNotLoggedIn:
      return {"Du skal logge ind først.", "You need to log in first."};
    case ErrorCode::kForbidden:
      return {"Du har ikke adgang til dette.", "You do not have access to this."};
    case ErrorCode::kCsrfTokenMissing:
      return {"Forespørgslen mangler et gyldigt sikkerhedstoken. Genindlæs siden.",
              "The request lacks a valid security token. Reload the page."};
    case ErrorCode::kUnknownInstitution:
      return {"Institutionsnummeret {} findes ikke i institutionsregistret.",
              "The institution number {} is not in the institution register."};
    case ErrorCode::kWrongInstitution:
      return {"Eleven er indberettet til institution {}, men filen er uploadet af en anden skole.",
              "The pupil is reported for institution {}, but the file was uploaded by another school."};
    case ErrorCode::kUnknownEducationCode:
      return {"Uddannelseskoden {} kendes ikke (fx 4800 folkeskole, 4804 efterskole).",
              "The education code {} is unknown (e.g. 4800 folkeskole, 4804 efterskole)."};
    case ErrorCode::kEducationNotOffered:
      return {"Institutionen udbyder ikke uddannelse {}.", "The institution does not offer education {}."};
    case ErrorCode::kInvalidGrade:
      return {"Klassetrinnet skal være 8, 9 eller 10 (her: \"{}\").", "The grade must be 8, 9 or 10 (here: \"{}\")."};
    case ErrorCode::kGradeNotForEducation:
      return {"Klassetrin {} findes ikke på denne uddannelse.", "Grade {} does not exist in this education."};
    case ErrorCode::kInvalidClass:
      return {"Klassebetegnelsen skal udfyldes og må højst have 12 tegn (fx 9.B).",
              "The class designation must be filled in and have at most 12 characters (e.g. 9.B)."};
    case ErrorCode::kPupilEnrolledElsewhere:
      return {"Eleven er også indberettet af en anden skole for en overlappende periode ({}). Den skole, der indberettede "
              "eleven først, tæller for UPV og optagelse, indtil den afslutter indskrivningen før den nye start, eller den nye "
              "startdato ligger efter dens slutdato.",
              "Another school has also reported this pupil for an overlapping period ({}). The school that reported the pupil "
              "first counts for readiness (UPV) and admission until it ends the enrolment before the new start, or the new start "
              "date follows its end."};
    case ErrorCode::kUpvInvalidGrade:
      return {"\"{}\" er ikke en karakter på 7-trinsskalaen (-3, 00, 02, 4, 7, 10, 12).",
              "\"{}\" is not a grade on the 7-point scale (-3, 00, 02, 4, 7, 10, 12)."};
    case ErrorCode::kUpvInvalidGradeLevel:
      return {"Uddannelsesparathed vurderes kun på disse klassetrin: {}.", "Readiness is only assessed at these grade levels: {}."};
    case ErrorCode::kUnknownRuleYear:
      return {"Der findes ingen regler for optagelsesåret {}.", "There are no rules for the admission year {}."};
    case ErrorCode::kRuleSetInvalid:
      return {"Regelsættet er ugyldigt: {}.", "The rule set is invalid: {}."};
    case ErrorCode::kUpvPupilBlocked:
      return {"Eleven kan ikke vurderes, fordi CPR-nummeret ikke er gyldigt i CPR-registeret ({}).",
              "The pupil cannot be assessed because the CPR number is not valid in the CPR register ({})."};
    case ErrorCode::kUpvInvalidSubject:
      return {"Fagnavnet \"{}\" er ugyldigt (små bogstaver, højst 40 tegn).",
              "The subject name \"{}\" is invalid (lower-case letters, at most 40 characters)."};
    case ErrorCode::kUpvUnknownTrack:
      return {"\"{}\" er ikke et uddannelsesspor (eud, hf eller gym).", "\"{}\" is not a track (eud, hf or gym)."};
    case ErrorCode::kAllocationUnknownForrang:
      return {"\"{}\" er ikke en forrangsgrund i regelsættet.", "\"{}\" is not a priority ground in the rule set."};
    case ErrorCode::kAllocationForrangNotAllowed:
      return {"Forrang kan kun gives på de første {} prioriteter.", "Priority rights count only on the first {} wishes."};
    case ErrorCode::kAllocationInvalidCapacity:
      return {"Kapaciteten skal være et helt tal fra 0 til 100.000 (her: {}).", "The capacity must be a whole number from 0 to 100,000 (here: {})."};
    case ErrorCode::kAllocationInvalidLottery:
      return {"Lodtrækningsnummeret skal ligge fra 0 til (men ikke med) 1.", "The lottery number must be from 0 up to (not including) 1."};
    case ErrorCode::kAllocationInvalidMinutes:
      return {"Transporttiden skal være 0 til 1440 minutter (her: {}).", "The travel time must be 0 to 1440 minutes (here: {})."};
    case ErrorCode::kAllocationIncomeGroupMissing:
      return {"Indkomstgruppen mangler for en ansøger til en fordelingszone.", "The income group is missing for an applicant to a distribution zone."};
    case ErrorCode::kAllocationNoCentralModel:
      return {"Den landsdækkende elevfordeling findes først fra optagelsesåret 2023. I {} fordelte regionernes fordelingsudvalg "
              "ansøgerne efter andre regler, som ikke kan køres her. Vælg 2023 eller senere.",
              "The national allocation exists only from admission year 2023. In {} the regions' distribution committees placed "
              "applicants by other rules, which cannot be run here. Choose 2023 or later."};
    case ErrorCode::kAllocationNoSeatWithinReach:
      return {"Ingen ledig plads på 1. prioritetens uddannelse inden for tidsgrænsen; regionen finder en plads.",
              "No free seat in the 1st-wish programme within the time limit; the region finds a place."};
    case ErrorCode::kAllocationNoWishes:
      return {"Ansøgningen har ingen ønsker; regionen finder en plads.", "The application has no wishes; the region finds a place."};
    case ErrorCode::kAllocationAlreadyPublished:
      return {"Fordelingen er offentliggjort og kan ikke ændres.", "The allocation is published and cannot be changed."};
    case ErrorCode::kAllocationApplicantPlaced:
      return {"Ansøgeren {} har allerede en plads.", "The applicant {} already has a place."};
    case ErrorCode::kAllocationNotStable:
      return {"Fordelingen bestod ikke stabilitetskontrollen og kan ikke offentliggøres.",
              "The allocation failed the stability check and cannot be published."};
    case ErrorCode::kAllocationInputNotSnapshot:
      return {"En fordeling kører kun på serverens eget udtræk af de indsendte ansøgninger. Send kun optagelsesår, seed og "
              "kapaciteter; et håndlavet datasæt er en forhåndsvisning i appens \"hvad nu hvis\".",
              "An allocation runs only on the server's own snapshot of the submitted applications. Send only the admission "
              "year, seed and capacities; a hand-made data set is a preview in the app's what-if."};
    case ErrorCode::kAllocationBeforeDeadline:
      return {"Fordelingen kan først offentliggøres, når den er kørt efter ansøgningsfristen {}.",
              "The allocation can only be published when it was run after the application deadline {}."};
    case ErrorCode::kApplicationEmpty:
      return {"Vælg mindst ét ønske - eller fortæl, hvad du skal i stedet (anden aktivitet).",
              "Choose at least one wish - or tell us what you will do instead (another activity)."};
    case ErrorCode::kApplicationWishesAndActivity:
      return {"Du kan ikke både søge uddannelser og melde en anden aktivitet. Fjern det ene.",
              "You cannot both apply for programmes and report another activity. Remove one of them."};
    case ErrorCode::kApplicationTooManyWishes:
      return {"Der er ingen grænse for, hvor mange uddannelser du kan ønske, men en ansøgning kan teknisk højst rumme {} ønsker.",
              "There is no limit on how many programmes you may wish for, but one application can technically hold at most {} wishes."};
    case ErrorCode::kApplicationDuplicateWish:
      return {"Du har allerede dette ønske som nr. {}.", "You already have this wish as number {}."};
    case ErrorCode::kApplicationNotOffered:
      return {"Institutionen udbyder ikke {}.", "The institution does not offer {}."};
    case ErrorCode::kApplicationOfferClosed:
      return {"{} tager ikke imod ansøgninger i år.", "{} does not take applications this year."};
    case ErrorCode::kApplicationUnknownForrang:
      return {"\"{}\" er ikke en gyldig forrangsgrund.", "\"{}\" is not a valid ground for priority (forrang)."};
    case ErrorCode::kApplicationForrangWish:
      return {"Forrang kan kun søges på dit {}. ønske eller højere prioritet.",
              "Priority (forrang) can only be claimed on your wish number {} or higher."};
    case ErrorCode::kApplicationForrangAttachment:
      return {"Vedhæft dokumentation for din forrang.", "Attach the documentation for your priority (forrang) claim."};
    case ErrorCode::kApplicationForrangTwice:
      return {"Du har allerede søgt forrang på ønske nr. {}.", "You have already claimed priority (forrang) on wish number {}."};
    case ErrorCode::kApplicationUnknownActivity:
      return {"\"{}\" er ikke en kendt type aktivitet.", "\"{}\" is not a known kind of activity."};
    case ErrorCode::kApplicationActivityText:
      return {"Beskriv kort, hvad du skal.", "Describe briefly what you will do."};
    case ErrorCode::kApplicationInvalidEmail:
      return {"E-mailadressen ser forkert ud (eksempel: navn@mail.dk).", "The e-mail address looks wrong (example: name@mail.dk)."};
    case ErrorCode::kApplicationTooManyGuardianEmails:
      return {"Skriv højst {} e-mailadresser til dine forældre.", "Enter at most {} e-mail addresses for your parents."};
    case ErrorCode::kApplicationInvalidPhone:
      return {"Telefonnummeret skal have 8 cifre (evt. med +45 foran).", "The phone number must have 8 digits (optionally with +45 first)."};
    case ErrorCode::kApplicationContactMissing:
      return {"Skriv din e-mail eller dit telefonnummer, så skolen kan kontakte dig.",
              "Enter your e-mail or phone number so the school can contact you."};
    case ErrorCode::kApplicationTextTooLong:
      return {"Teksten er for lang (højst {} tegn).", "The text is too long (at most {} characters)."};
    case ErrorCode::kApplicationNotOpen:
      return {"Du kan først sende din ansøgning fra {}.", "You can send your application from {}."};
    case ErrorCode::kApplicationLocked:
      return {"Ansøgningsfristen er overskredet, og din ansøgning er låst.", "The deadline has passed and your application is locked."};
    case ErrorCode::kApplicationVersionConflict:
      return {"Ansøgningen er ændret et andet sted (version {}). Hent den igen, før du gemmer.",
              "The application was changed elsewhere (version {}). Reload it before saving."};
    case ErrorCode::kApplicationWrongStatus:
      return {"Det kan ikke lade sig gøre, når ansøgningen har status \"{}\".", "That is not possible while the application's status is \"{}\"."};
    case ErrorCode::kApplicationNoRules:
      return {"Der er ingen ansøgningsregler for optagelsesåret {}.", "There are no application rules for admission year {}."};
    case ErrorCode::kSignatureNotNeeded:
      return {"Ansøgeren er fyldt 18 og skal ikke have underskrift fra en forælder.",
              "The applicant is 18 or older and needs no guardian's signature."};
    case ErrorCode::kSignatureContentChanged:
      return {"Ansøgningen er ændret, siden du så den. Læs den igen, før du skriver under.",
              "The application has changed since you saw it. Read it again before you sign."};
    case ErrorCode::kSignatureNotGuardian:
      return {"Kun en forælder med forældremyndighed kan skrive under.", "Only a guardian with custody can sign."};
    case ErrorCode::kSignatureInvalidDecision:
      return {"Vælg \"underskriv\" eller \"afvis\".", "Choose \"sign\" or \"decline\"."};
    case ErrorCode::kAttachmentTypeNotAllowed:
      return {"Filen er ikke en PDF, PNG eller JPEG (den ligner {}).", "The file is not a PDF, PNG or JPEG (it looks like {})."};
    case ErrorCode::kAttachmentTooLarge:
      return {"Filen er for stor (højst {} byte).", "The file is too large (at most {} bytes)."};
    case ErrorCode::kAttachmentNotFound:
      return {"Bilaget findes ikke.", "The attachment does not exist."};
    case ErrorCode::kAttachmentTooMany:
      return {"Du kan højst have {} vedhæftede filer. Slet en, du ikke bruger, og prøv igen.",
              "You can have at most {} attachments. Delete one you do not use and try again."};
    case ErrorCode::kAttachmentQuotaExceeded:
      return {"Dine vedhæftede filer må tilsammen fylde højst {} MB. Slet en, du ikke bruger, og prøv igen.",
              "Your attachments may take at most {} MB together. Delete one you do not use and try again."};
    case ErrorCode::kAttachmentInUse:
      return {"Bilaget dokumenterer en forrang i din ansøgning ({}). Fjern forrangen først.",
              "The attachment documents a priority claim in your application ({}). Remove the claim first."};
    case ErrorCode::kErasureNotAllowed:
      return {"Det kan ikke slettes nu: loven kræver, at vi gemmer det, til det slettes automatisk den {}.",
              "It cannot be deleted now: the law requires us to keep it until it is deleted automatically on {}."};
    case ErrorCode::kForrangDecisionInvalid:
      return {"Vælg \"imødekommet\" eller \"afslået\".", "Choose \"granted\" or \"refused\"."};
    case ErrorCode::kForrangReasonMissing:
      return {"Et afslag skal begrundes.", "A refusal needs a reason."};
    case ErrorCode::kForrangDecidedByRegion:
      return {"Forrang på grund af handicap afgøres af regionen, ikke af skolen (ønske nr. {}).",
              "Priority on grounds of disability is decided by the region, not by the school (wish number {})."};
    case ErrorCode::kForrangNoClaim:
      return {"Ansøgningen har ingen forrangskrav på ønske nr. {}.", "The application has no priority (forrang) claim on wish number {}."};
    case ErrorCode::kLocationOutsideDenmark:
      return {"Koordinaterne ({}) ligger ikke i Danmark (ETRS89 / UTM zone 32N, meter).",
              "The coordinates ({}) are not in Denmark (ETRS89 / UTM zone 32N, metres)."};
    case ErrorCode::kTravelMinutesInvalid:
      return {"Transporttiden skal være et helt antal minutter fra 0 til 1440 (her: \"{}\").",
              "The travel time must be a whole number of minutes from 0 to 1440 (here: \"{}\")."};
    case ErrorCode::kTravelMinutesMissing:
      return {"Angiv minutter med offentlig transport, på cykel eller begge.",
              "Give the minutes by public transport, by bicycle or both."};
    case ErrorCode::kTravelKeyMissing:
      return {"Rækken skal have et adresse-id eller et CPR-nummer.", "The row needs an address id or a CPR number."};
    case ErrorCode::kTravelKeyBoth:
      return {"Angiv enten adresse-id eller CPR-nummer, ikke begge.", "Give either an address id or a CPR number, not both."};
    case ErrorCode::kTransportRulesInvalid:
      return {"Reglerne for transporttid er ugyldige: {}.", "The transport time rules are invalid: {}."};
    case ErrorCode::kUpvTooManyGrades:
      return {"For mange karakterer (højst {}).", "Too many grades (at most {})."};
    case ErrorCode::kUpvExamWholeAndParts:
      return {"Prøven er angivet både samlet og i delprøver ({}); angiv den kun på én måde.",
              "The exam is given both whole and in parts ({}); give it one way only."};
    case ErrorCode::kCprEmpty:
      return {"CPR-nummeret er tomt.", "The CPR number is empty."};
    case ErrorCode::kCprWrongLength:
      return {"Et CPR-nummer har 10 cifre (evt. med bindestreg efter de første 6); her er der {} tegn.",
              "A CPR number has 10 digits (optionally with a hyphen after the first 6); this has {} characters."};
    case ErrorCode::kCprInvalidCharacter:
      return {"Ugyldigt tegn på plads {} i CPR-nummeret.", "Invalid character at position {} of the CPR number."};
    case ErrorCode::kCprImpossibleDate:
      return {"CPR-nummerets første 6 cifre er ikke en dato, der findes ({}).",
              "The first 6 digits of the CPR number are not a date that exists ({})."};
    case ErrorCode::kCprModulus11Failed:
      return {"CPR-nummeret opfylder ikke modulus 11-kontrollen. Det kan stadig være gyldigt (numre udstedt efter 1. oktober 2007).",
              "The CPR number fails the modulus 11 check. It may still be valid (numbers issued after 1 October 2007)."};
    case ErrorCode::kCprFictitiousDayPlus60:
      return {"CPR-nummeret er et fiktivt erstatningsnummer (dag + 60). Brug elevens rigtige CPR-nummer.",
              "The CPR number is a fictitious replacement number (day + 60). Use the pupil's real CPR number."};
    case ErrorCode::kCprFictitiousLetters:
      return {"CPR-nummeret har bogstaver i løbenummeret og er derfor fiktivt. Brug elevens rigtige CPR-nummer.",
              "The CPR number has letters in its serial and is therefore fictitious. Use the pupil's real CPR number."};
    case ErrorCode::kCprMisplacedHyphen:
      return {"Bindestregen skal stå efter de første 6 cifre (DDMMÅÅ-SSSS).",
              "The hyphen must come after the first 6 digits (DDMMYY-SSSS)."};
    case ErrorCode::kCprNotInRegister:
      return {"CPR-nummeret findes ikke i CPR-registeret, så eleven er frasorteret. Ret nummeret i skolens administrative system og indberet igen.",
              "The CPR number is not in the CPR register, so the pupil is filtered out. Correct the number in the school's admin system and report again."};
    case ErrorCode::kDatabaseUnavailable:
      return {"Databasen er ikke tilgængelig.", "The database is not available."};
    case ErrorCode::kDatabaseMigrationFailed:
      return {"Databasen kunne ikke opdateres til den nye version ({}).", "The database could not be migrated ({})."};
    case ErrorCode::kDemoDataInvalid:
      return {"Demodata kunne ikke indlæses ({}).", "The demo data could not be loaded ({})."};
  }
  return {"Ukendt fejl.", "Unknown error."};
}

}  // namespace

std::string_view MessageTemplate(ErrorCode code, Language language) {
  const Texts texts = TextsFor(code);
  return language == Language::kDanish ? texts.danish : texts.english;
}

std::string MessageFor(const Problem& problem, Language language) {
  std::string text(MessageTemplate(problem.code, language));
  if (const auto at = text.find("{}"); at != std::string::npos) text.replace(at, 2, problem.detail);
  return text;
}

}  // namespace optagelse
