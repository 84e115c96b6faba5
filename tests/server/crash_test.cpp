// Crash safety (issue "Hardening"): applicants save and submit on several connections while the
// server is killed with SIGKILL at random moments, again and again, each time restarted on the same
// file. Every submission that got a success answer must be there afterwards, complete and with the
// content that was acknowledged; nothing half-written may exist (an application without its wishes,
// a submitted one without its event); the file passes integrity_check and the audit chain verifies.
// SQLite gives this with WAL and one transaction per request, and the server answers only after the
// WAL holding the request's commit has been flushed (group commit: store/group_commit.h).
// OPTAGELSE_CRASH_ROUNDS sets the number of kills (default 6).
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <thread>

#include <gtest/gtest.h>

#include "api_client.h"
#include "cli/demo_generator.h"
#include "server_process.h"
#include "store/database.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

constexpr const char* kWishes =
    R"({"version": 0, "content": {"wishes": [{"institution": "101001", "programme": "stx"}, {"institution": "147003", "programme": "hf"}], "contact": {"email": "ung@example.dk"}}})";

struct Acknowledged {
  std::string cpr;
  std::string content_sha256;
};

int Rounds() {
  const char* rounds = std::getenv("OPTAGELSE_CRASH_ROUNDS");
  return rounds ? std::max(1, std::atoi(rounds)) : 6;
}

class CrashTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    const auto dataset = tools::GenerateDemoData({11, 60 * Rounds()});
    for (const auto& person : dataset.persons) {
      applicants_.push_back(person.cpr);
      if (person.cpr.substr(4, 2) == "09" || person.cpr.substr(4, 2) == "10") pupils_.push_back(person.cpr);
    }
    std::ofstream(dir_ + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset));
  }
  void TearDown() override {
    server_.reset();
    std::filesystem::remove_all(dir_);
  }
  void Start() {
    server_.reset();
    server_ = std::make_unique<ServerProcess>(
        std::vector<std::string>{"--demo-data", dir_ + "/demo.json", "--now", "2027-02-28T22:00:00Z", "--today", "2027-02-28",
                                 "--logins-per-address", "100000"},
        dir_);
    ASSERT_TRUE(server_->started()) << server_->output();
  }
  std::size_t Acknowledgements() {
    std::lock_guard lock(mutex_);
    return acknowledged_.size();
  }
  std::int64_t Count(const std::string& sql) { return *store::Database::Open(dir_ + "/test.db")->QueryInt(sql); }

  // Applicants from next_ on, one after another on each of `connections` threads, until the server goes.
  void SubmitUntilTheServerDies(int connections) {
    std::vector<std::thread> threads;
    for (int c = 0; c < connections; ++c) {
      threads.emplace_back([this] {
        const int port = server_->port();
        while (true) {
          const std::size_t index = next_.fetch_add(1);
          if (index >= applicants_.size()) return;
          const std::string& cpr = applicants_[index];
          const Headers me = LoginAsPerson(port, cpr);
          if (me.empty()) return;
          if (Put(port, "/api/v1/me/application", kWishes, me).status != 200) return;
          const Answer submitted = Post(port, "/api/v1/me/application/submit", R"({"version": 1})", "application/json", me);
          if (submitted.status != 200) return;
          std::lock_guard lock(mutex_);
          acknowledged_.push_back({cpr, submitted.json["application"]["content_sha256"].get<std::string>()});
        }
      });
    }
    for (auto& thread : threads) thread.join();
  }

  std::string dir_;
  std::vector<std::string> applicants_;
  std::vector<std::string> pupils_;  // born 2009-2010: a school can report them
  std::atomic<std::size_t> next_ = 0;
  std::mutex mutex_;
  std::vector<Acknowledged> acknowledged_;
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(CrashTest, EveryAcknowledgedSubmissionSurvivesKillNineAtRandomMoments) {
  std::mt19937 random(20270301);
  const int rounds = Rounds();
  for (int round = 0; round < rounds && next_ < applicants_.size(); ++round) {
    Start();
    // The kill comes 0-100 ms after this round's third acknowledgement, whatever the machine's speed
    // (a sanitizer build is several times slower).
    std::thread killer([this, first = Acknowledgements(), delay = std::uniform_int_distribution<int>(0, 100)(random)] {
      const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
      while (Acknowledgements() < first + 3 && std::chrono::steady_clock::now() < give_up) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(delay));
      server_->Kill();
    });
    SubmitUntilTheServerDies(4);
    killer.join();
  }
  ASSERT_GT(acknowledged_.size(), 10u) << "too few submissions before the kills to test anything";
  ASSERT_LT(next_.load(), applicants_.size()) << "the server was never killed mid-stream; more applicants needed";

  Start();  // recovery runs here: the WAL is replayed or rolled back
  for (const Acknowledged& ack : acknowledged_) {
    const std::string where = " FROM applications WHERE applicant_cpr = '" + ack.cpr + "'";
    EXPECT_EQ(Count("SELECT count(*)" + where + " AND submitted = 1 AND content_sha256 = '" + ack.content_sha256 + "'"), 1)
        << ack.cpr << ": an acknowledged submission is missing or changed";
    EXPECT_EQ(Count("SELECT count(*) FROM application_wishes WHERE application_id = (SELECT id" + where + ")"), 2) << ack.cpr;
  }
  EXPECT_EQ(Count("SELECT count(*) FROM applications a WHERE NOT EXISTS "
                  "(SELECT 1 FROM application_wishes w WHERE w.application_id = a.id)"), 0) << "an application without its wishes";
  EXPECT_EQ(Count("SELECT count(*) FROM applications a WHERE submitted = 1 AND NOT EXISTS "
                  "(SELECT 1 FROM application_events e WHERE e.application_id = a.id AND e.event = 'submitted')"), 0)
      << "a submitted application without its event";
  EXPECT_EQ(Count("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), 0);
  server_->Stop();
  std::string out, err;
  EXPECT_EQ(RunProgram({OPTAGELSE_CLI_BINARY, "audit", "verify", "--db", dir_ + "/test.db"}, out, err), 0) << out << err;
  std::cout << "[crash] " << rounds << " kills, " << acknowledged_.size() << " acknowledged submissions, all intact\n";
}

// A school's report read while the server dies: after each restart the school's pupils are all from
// one complete upload (every row with that upload's class name), never a mix or a part of one.
TEST_F(CrashTest, AnImportKilledHalfwayLeavesAWholeReportOrTheOneBefore) {
  std::mt19937 random(1032);
  int completed = 0;
  for (int round = 0; round < Rounds(); ++round) {
    Start();
    const Headers school = LoginAs(server_->port(), "school", "101002");
    ASSERT_FALSE(school.empty());
    auto upload = [&](int number) {
      std::string csv = "cpr;navn;instnr;uddannelseskode;klassetrin;klasse;startdato\n";
      const std::string class_name = "9.R" + std::to_string(round) + "U" + std::to_string(number);
      for (const std::string& cpr : pupils_) csv += cpr + ";Elev;101002;4800;9;" + class_name + ";2026-08-12\n";
      return Post(server_->port(), "/api/v1/schools/101002/pupil-reports", csv, "text/csv", school);
    };
    // One upload timed first, so the kill lands within an upload's length on any machine.
    const auto before = std::chrono::steady_clock::now();
    ASSERT_EQ(upload(0).status, 200);
    ++completed;
    const auto took = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - before).count();
    std::thread killer([this, delay = std::uniform_int_distribution<std::int64_t>(0, 2 * took)(random)] {
      std::this_thread::sleep_for(std::chrono::microseconds(delay));
      server_->Kill();
    });
    for (int number = 1;; ++number) {
      const Answer answer = upload(number);
      if (answer.status != 200) {
        if (answer.status != 0) ADD_FAILURE() << answer.status << " " << answer.body.substr(0, 300);
        break;
      }
      ++completed;
    }
    killer.join();
    Start();
    const std::string accepted = " FROM pupils WHERE institution = '101002' AND status = 'accepted'";
    const std::int64_t pupils = Count("SELECT count(*)" + accepted);
    EXPECT_EQ(Count("SELECT count(DISTINCT class_name)" + accepted), pupils == 0 ? 0 : 1) << "round " << round << ": a mixed report";
    EXPECT_GT(pupils, 0) << "round " << round << ": an acknowledged upload was lost";
    server_->Stop();
  }
  std::cout << "[crash] " << Rounds() << " kills during imports of " << pupils_.size() << " rows, " << completed
            << " uploads acknowledged, no report mixed or partial\n";
}

}  // namespace
}  // namespace optagelse::testing
