// The messages' words: see notice_text.h. Plain Danish first; the English says the same.
#include "notifications/notice_text.h"

#include <vector>

#include "calendar/date_text.h"
#include "text/html_escape.h"

namespace optagelse::notifications {
namespace {

using text::EscapeHtml;

struct Words {
  std::string subject;
  std::vector<std::string> paragraphs;
};

std::string Pick(Language language, std::string danish, std::string english) {
  return language == Language::kDanish ? std::move(danish) : std::move(english);
}

Words WordsFor(NoticeKind kind, Language l, const NoticeFacts& f) {
  const std::string deadline = f.deadline ? FormatLongDate(*f.deadline, l) : std::string();
  const std::string reference = f.reference.empty() ? "" : Pick(l, " (kvitteringsnummer ", " (receipt number ") + f.reference + ")";
  switch (kind) {
    case NoticeKind::kApplicationSent:
      return {Pick(l, "Din ansøgning er modtaget", "Your application has been received"),
              {Pick(l, "Vi har modtaget din ansøgning", "We have received your application") + reference + ".",
               Pick(l, "Er du under 18, skal en forælder med forældremyndighed også skrive under. Du får besked, når det er sket.",
                    "If you are under 18, a parent with custody must also sign. You will be told when they have.")}};
    case NoticeKind::kApplicationChanged:
      return {Pick(l, "Din ansøgning er ændret", "Your application has been changed"),
              {Pick(l, "Din ansøgning", "Your application") + reference +
                   Pick(l, " er ændret efter, at den blev sendt. Log ind for at se den, som den er nu.",
                        " was changed after it was sent. Log in to see it as it is now."),
               Pick(l, "Har du ikke selv ændret den, så kontakt din vejleder.", "If you did not change it yourself, contact your counsellor.")}};
    case NoticeKind::kSignatureRequested:
      return {Pick(l, "Dit barns ansøgning venter på din underskrift", "Your child's application is waiting for your signature"),
              {Pick(l, "Dit barn har sendt en ansøgning om en ungdomsuddannelse. Da barnet er under 18, skal en forælder med forældremyndighed skrive under.",
                    "Your child has sent an application for upper-secondary education. As the child is under 18, a parent with custody must sign it."),
               Pick(l, "Log ind med MitID for at se ansøgningen og skrive under.", "Log in with MitID to see the application and sign it.")}};
    case NoticeKind::kSigned:
      return {Pick(l, "Din ansøgning er underskrevet", "Your application has been signed"),
              {Pick(l, "En forælder har skrevet under på din ansøgning", "A parent has signed your application") + reference + ".",
               Pick(l, "Der er ikke mere, du skal gøre nu. Du får besked, når svaret kommer.",
                    "There is nothing more you need to do now. You will be told when the answer comes.")}};
    case NoticeKind::kDeclined: {
      Words words{Pick(l, "Din forælder har ikke skrevet under", "Your parent has not signed"),
                  {Pick(l, "En forælder har valgt ikke at skrive under på din ansøgning", "A parent has chosen not to sign your application") +
                   reference + "."}};
      if (!f.comment.empty()) words.paragraphs.push_back(Pick(l, "Din forælders kommentar: ", "Your parent's comment: ") + f.comment);
      words.paragraphs.push_back(Pick(l, "Tal sammen, ret ansøgningen, og send den igen før fristen.",
                                      "Talk it over, change the application and send it again before the deadline."));
      return words;
    }
    case NoticeKind::kSignatureVoided:
      return {Pick(l, "Ansøgningen er ændret - skriv under igen", "The application has changed - please sign again"),
              {Pick(l, "Dit barn har ændret sin ansøgning, efter at den blev underskrevet. Underskriften gælder derfor ikke længere.",
                    "Your child changed the application after it was signed, so the signature no longer applies."),
               Pick(l, "Log ind med MitID for at se ændringen og skrive under igen.", "Log in with MitID to see the change and sign again.")}};
    case NoticeKind::kReminderDraft:
      return {Pick(l, "Husk at sende din ansøgning", "Remember to send your application"),
              {Pick(l, "Du har en ansøgning, som ikke er sendt. Fristen er ", "You have an application that has not been sent. The deadline is ") +
                   deadline + ".",
               Pick(l, "Log ind og send den, før fristen udløber.", "Log in and send it before the deadline.")}};
    case NoticeKind::kReminderSignature:
      return {Pick(l, "Husk at skrive under på dit barns ansøgning", "Remember to sign your child's application"),
              {Pick(l, "Dit barns ansøgning venter stadig på en underskrift. Fristen er ",
                    "Your child's application is still waiting for a signature. The deadline is ") + deadline + ".",
               Pick(l, "Log ind med MitID for at skrive under.", "Log in with MitID to sign.")}};
    case NoticeKind::kForrangDecided:
      return {Pick(l, "Der er taget stilling til din ansøgning om fortrinsret", "Your priority (forrang) claim has been decided"),
              {Pick(l, "Der er truffet en afgørelse om fortrinsret i din ansøgning", "A decision has been made on the priority claim in your application") +
                   reference + ".",
               Pick(l, "Log ind for at se afgørelsen og begrundelsen.", "Log in to see the decision and its reasons.")}};
    case NoticeKind::kAnswerPublished:
      return {Pick(l, "Svaret på din ansøgning er klar", "The answer to your application is ready"),
              {Pick(l, "Fordelingen er afgjort, og svaret på din ansøgning er klar.", "The allocation is done and the answer to your application is ready."),
               Pick(l, "Log ind for at se, hvor du har fået plads, og hvad du skal gøre nu.",
                    "Log in to see where you have a place and what to do next.")}};
    case NoticeKind::kActivityReported:
      return {Pick(l, "Vi har modtaget din besked om, hvad du skal", "We have received what you will do instead"),
              {Pick(l, "Vi har modtaget din besked om, at du skal noget andet end en ungdomsuddannelse",
                    "We have received your message that you will do something other than upper-secondary education") + reference + ".",
               Pick(l, "Din vejleder kan se beskeden og kontakter dig, hvis der er brug for det.",
                    "Your counsellor can see it and will contact you if needed.")}};
    case NoticeKind::kPupilReportProcessed:
      return {Pick(l, "Jeres elevindberetning er behandlet", "Your pupil report has been processed"),
              {Pick(l, "Elevindberetningen", "The pupil report") + reference + Pick(l, " er behandlet: ", " has been processed: ") +
                   std::to_string(f.rows_accepted) + Pick(l, " elever taget ind, ", " pupils taken in, ") +
                   std::to_string(f.rows_rejected) + Pick(l, " rækker ikke taget ind.", " rows not taken in."),
               Pick(l, "Log ind for at se de rækker, der ikke blev taget ind, og hvorfor.", "Log in to see the rows not taken in and why.")}};
  }
  return {};
}

}  // namespace

NoticeText ComposeNotice(NoticeKind kind, Language language, const NoticeFacts& facts) {
  const Words words = WordsFor(kind, language, facts);
  const std::string login = Pick(language, "Log ind på ", "Log in at ");
  const std::string footer = Pick(language, "Denne besked er sendt automatisk af Optagelse. Svar ikke på den.",
                                  "This message was sent automatically by Optagelse. Please do not reply.");
  NoticeText text{words.subject, "", ""};
  std::string body;
  for (const std::string& paragraph : words.paragraphs) {
    text.plain += paragraph + "\n\n";
    body += "<p>" + EscapeHtml(paragraph) + "</p>\n";
  }
  if (!facts.service_url.empty()) {
    text.plain += login + facts.service_url + "\n\n";
    body += "<p>" + EscapeHtml(login) + "<a href=\"" + EscapeHtml(facts.service_url) + "\">" + EscapeHtml(facts.service_url) +
            "</a></p>\n";
  }
  text.plain += "-- \n" + footer + "\n";
  body += "<p style=\"color:#555\">" + EscapeHtml(footer) + "</p>\n";
  text.html = "<!DOCTYPE html>\n<html lang=\"" + std::string(LanguageTag(language)) + "\"><head><meta charset=\"utf-8\"><title>" +
              EscapeHtml(text.subject) + "</title></head>\n<body style=\"font-family:sans-serif;line-height:1.5\">\n" + body +
              "</body></html>\n";
  return text;
}

}  // namespace optagelse::notifications
