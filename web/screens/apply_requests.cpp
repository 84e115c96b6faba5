// The applicant's and guardian's server calls: see apply_requests.h.
#include <algorithm>

#include "screens/apply_requests.h"

#include "api_errors.h"
#include "wire/application_wire.h"

namespace optagelse::web {
namespace {

void Fail(AppState& state, const ApiResponse& response) {
  state.apply.message = DescribeApiErrors(response, state.language);
  state.apply.message_is_error = true;
}

// Takes the server's answer about my application as the state to edit from.
void TakeApplication(ApplyState& apply, wire::ApplicationView application) {
  apply.version = application.version;
  if (auto content = wire::ApplicationFromJson(application.content)) apply.draft = std::move(*content);
  apply.server_application = std::move(application);
  for (std::size_t i = 0; i < apply.guardian_email_inputs.size(); ++i) {
    const auto& emails = apply.draft.contact.guardian_emails;
    apply.guardian_email_inputs[i] = i < emails.size() ? emails[i] : "";
  }
  apply.activity_mode = apply.draft.another_activity.has_value();
  apply.dirty = true;
  apply.edited = false;
}

void FetchChildren(AppState& state) {
  ApiGet("/api/v1/me/children", [&state](const ApiResponse& response) {
    auto answer = wire::DecodeAnswerText<wire::GuardianChildren>(response.body);
    if (response.status != 200 || !answer) return;
    state.apply.children = std::move(answer->children);
    state.apply.guardian_notices = std::move(answer->notices);
  });
}

void SortOffersByTravel(ApplyState& apply);

void FetchAttachments(AppState& state) {
  ApiGet("/api/v1/me/attachments", [&state](const ApiResponse& response) {
    auto list = wire::DecodeAnswerText<wire::AttachmentList>(response.body);
    if (response.status == 200 && list) state.apply.attachments = std::move(list->attachments);
  });
}

void FetchOffers(AppState& state) {
  ApiGet("/api/v1/offers", [&state](const ApiResponse& response) {
    auto json = wire::ParseJson(response.body);
    if (response.status != 200 || !json) return Fail(state, response);
    if (auto offers = wire::OffersFromJson((*json)["offers"])) {
      state.apply.catalog = applications::OfferCatalog(*offers);
      state.apply.offers = std::move(*offers);
      SortOffersByTravel(state.apply);
      state.apply.dirty = true;
    }
  });
}

// Offers nearest first (unknown times last), so a search lists the nearest schools first.
void SortOffersByTravel(ApplyState& apply) {
  auto minutes = [&apply](const applications::Offer& offer) {
    const auto found = apply.travel.find(offer.institution);
    return found == apply.travel.end() ? 1 << 30 : found->second.minutes;
  };
  std::stable_sort(apply.offers.begin(), apply.offers.end(),
                   [&](const applications::Offer& a, const applications::Offer& b) { return minutes(a) < minutes(b); });
}

void FetchTravel(AppState& state) {
  ApiGet("/api/v1/me/travel-times", [&state](const ApiResponse& response) {
    auto json = wire::ParseJson(response.body);
    if (response.status != 200 || !json || !(*json)["times"].is_array()) return;  // times are a help, not a must
    state.apply.travel.clear();
    for (const auto& time : (*json)["times"]) {
      if (!time["institution"].is_string() || !time["minutes"].is_number_integer()) continue;
      state.apply.travel[time["institution"].get<std::string>()] =
          TravelShown{time["minutes"].get<int>(), time["source"] == "journey_planner",
                      time["reference_date"].is_string() ? time["reference_date"].get<std::string>() : ""};
    }
    SortOffersByTravel(state.apply);
  });
}

}  // namespace

void ApplyFetch(AppState& state) {
  FetchOffers(state);
  FetchTravel(state);
  FetchChildren(state);
  FetchAttachments(state);
  ApiGet("/api/v1/me/application", [&state](const ApiResponse& response) {
    auto answer = wire::DecodeAnswerText<wire::MyApplicationAnswer>(response.body);
    if (response.status != 200 || !answer) return Fail(state, response);
    state.apply.window = std::move(answer->window);
    state.apply.person = std::move(answer->person);
    if (answer->application) {
      TakeApplication(state.apply, std::move(*answer->application));
    } else {
      state.apply.draft.wishes.clear();
    }
  });
}

void ApplySave(AppState& state, bool then_submit) {
  ApplyState& apply = state.apply;
  applications::Application content = apply.draft;
  if (apply.activity_mode) content.wishes.clear(); else content.another_activity.reset();
  const std::string body = wire::Dump(wire::Json{{"version", apply.version}, {"content", wire::ApplicationToJson(content)}});
  ApiSend(ApiRequest{"PUT", "/api/v1/me/application", body, "application/json", apply.csrf_token},
          [&state, then_submit](const ApiResponse& response) {
            auto changed = wire::DecodeAnswerText<wire::ApplicationChangeAnswer>(response.body);
            if (response.status != 200 || !changed) return Fail(state, response);
            TakeApplication(state.apply, std::move(changed->application));
            if (!then_submit) {
              state.apply.message = Say(state.language, "Kladden er gemt.", "The draft is saved.");
              state.apply.message_is_error = false;
              return;
            }
            const std::string submit = wire::Dump(wire::Json{{"version", state.apply.version}});
            ApiSend(ApiRequest{"POST", "/api/v1/me/application/submit", submit, "application/json", state.apply.csrf_token},
                    [&state](const ApiResponse& answer) {
                      auto submitted = wire::DecodeAnswerText<wire::ApplicationChangeAnswer>(answer.body);
                      if (answer.status != 200 || !submitted) return Fail(state, answer);
                      TakeApplication(state.apply, std::move(submitted->application));
                      state.apply.revising = false;  // back to the receipt
                      state.apply.message = Say(state.language, "Din ansøgning er sendt.", "Your application has been sent.");
                      state.apply.message_is_error = false;
                    });
          });
}

void ApplyWithdraw(AppState& state) {
  const std::string body = wire::Dump(wire::Json{{"version", state.apply.version}});
  ApiSend(ApiRequest{"POST", "/api/v1/me/application/withdraw", body, "application/json", state.apply.csrf_token},
          [&state](const ApiResponse& response) {
            auto changed = wire::DecodeAnswerText<wire::ApplicationChangeAnswer>(response.body);
            if (response.status != 200 || !changed) return Fail(state, response);
            TakeApplication(state.apply, std::move(changed->application));
            state.apply.message = Say(state.language, "Ansøgningen er trukket tilbage.", "The application has been withdrawn.");
            state.apply.message_is_error = false;
          });
}

void ApplySign(AppState& state, std::int64_t application_id, const std::string& content_sha256, bool sign) {
  const std::string body = wire::Dump(wire::Json{{"decision", sign ? "sign" : "decline"},
                                                 {"comment", state.apply.guardian_comments[application_id]},
                                                 {"content_sha256", content_sha256}});
  ApiSend(ApiRequest{"POST", "/api/v1/applications/" + std::to_string(application_id) + "/signature", body, "application/json",
                     state.apply.csrf_token},
          [&state, sign](const ApiResponse& response) {
            if (response.status != 200) return Fail(state, response);
            state.apply.message = sign ? Say(state.language, "Du har skrevet under.", "You have signed.")
                                       : Say(state.language, "Du har afvist ansøgningen.", "You have declined the application.");
            state.apply.message_is_error = false;
            FetchChildren(state);
          });
}

void ApplyUploadAttachment(AppState& state, int rank, const ChosenFile& file) {
  ApiUpload("/api/v1/me/attachments", file.bytes, file.name, state.apply.csrf_token, [&state, rank](const ApiResponse& response) {
    ApplyState& apply = state.apply;
    apply.attaching_for = 0;
    auto stored = wire::DecodeAnswerText<wire::AttachmentInfo>(response.body);
    if (response.status != 200 || !stored) {
      apply.attachment_error = DescribeApiErrors(response, state.language);
      apply.attachment_error_for = rank;
      return;
    }
    apply.attachment_error_for = 0;
    for (applications::ForrangClaim& claim : apply.draft.forrang) {
      if (claim.wish == rank) claim.attachment = stored->sha256;
    }
    apply.attachments.push_back(std::move(*stored));
    apply.dirty = apply.edited = true;
    apply.message = Say(state.language, "Dokumentationen er vedhæftet. Husk at gemme eller sende.",
                        "The documentation is attached. Remember to save or send.");
    apply.message_is_error = false;
  });
}

void ApplyExportMyData(AppState& state) {
  Download("/api/v1/me/export");
  Download("/api/v1/me/export.html");
  state.apply.message = Say(state.language, "Dine oplysninger hentes som to filer: mine-oplysninger.html (til at læse) og "
                                            "mine-oplysninger.json (til maskiner).",
                            "Your data is downloaded as two files: mine-oplysninger.html (to read) and mine-oplysninger.json "
                            "(for machines).");
  state.apply.message_is_error = false;
}

void ApplyCorrectContact(AppState& state) {
  const ApplyState& apply = state.apply;
  const std::string body = wire::Dump(wire::Json{
      {"version", apply.version}, {"contact", {{"email", apply.contact_email_fix}, {"phone", apply.contact_phone_fix}}}});
  ApiSend(ApiRequest{"PUT", "/api/v1/me/contact", body, "application/json", apply.csrf_token}, [&state](const ApiResponse& response) {
    auto corrected = wire::DecodeAnswerText<wire::ApplicationChangeAnswer>(response.body);
    if (response.status != 200 || !corrected) return Fail(state, response);
    TakeApplication(state.apply, std::move(corrected->application));
    state.apply.correcting_contact = false;
    state.apply.message = Say(state.language, "Dine kontaktoplysninger er rettet.", "Your contact details have been corrected.");
    state.apply.message_is_error = false;
  });
}

void ApplyEraseDraft(AppState& state) {
  const std::string body = wire::Dump(wire::Json{{"version", state.apply.version}});
  ApiSend(ApiRequest{"DELETE", "/api/v1/me/application", body, "application/json", state.apply.csrf_token},
          [&state](const ApiResponse& response) {
            state.apply.confirming_erase = false;
            if (response.status != 200) return Fail(state, response);
            ApplyState& apply = state.apply;
            apply.server_application.reset();
            apply.draft = applications::Application{};
            apply.version = 0;
            apply.dirty = true;
            apply.edited = false;
            apply.message = Say(state.language, "Din kladde er slettet.", "Your draft has been deleted.");
            apply.message_is_error = false;
          });
}

void ApplyEraseAttachment(AppState& state, const std::string& sha256) {
  ApiSend(ApiRequest{"DELETE", "/api/v1/me/attachments/" + sha256, "", "", state.apply.csrf_token},
          [&state](const ApiResponse& response) {
            if (response.status != 200) return Fail(state, response);
            FetchAttachments(state);
            state.apply.message = Say(state.language, "Bilaget er slettet.", "The attachment has been deleted.");
            state.apply.message_is_error = false;
          });
}

}  // namespace optagelse::web
