// The schema, one migration at a time. Never edit a migration that has shipped: add a new one.
#include "store/migrations.h"

#include <array>
#include <string_view>

namespace optagelse::store {
namespace {

struct Migration {
  int version;
  std::string_view description;
  std::string_view sql;
};

constexpr std::array kMigrations = {
    Migration{1, "CPR register and institution catalogue", R"sql(
      CREATE TABLE persons (
        cpr TEXT PRIMARY KEY CHECK (length(cpr) = 10),
        name TEXT NOT NULL,
        address TEXT NOT NULL DEFAULT '',
        municipality_code INTEGER NOT NULL,
        name_protected INTEGER NOT NULL DEFAULT 0 CHECK (name_protected IN (0, 1)),
        address_protected INTEGER NOT NULL DEFAULT 0 CHECK (address_protected IN (0, 1)),
        administrative INTEGER NOT NULL DEFAULT 0 CHECK (administrative IN (0, 1)),
        income_group TEXT
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE guardianships (
        child_cpr TEXT NOT NULL REFERENCES persons(cpr),
        guardian_cpr TEXT NOT NULL REFERENCES persons(cpr),
        custody INTEGER NOT NULL DEFAULT 1 CHECK (custody IN (0, 1)),
        PRIMARY KEY (child_cpr, guardian_cpr)
      ) STRICT;
      CREATE TABLE institutions (
        number TEXT PRIMARY KEY CHECK (length(number) = 6),
        name TEXT NOT NULL,
        municipality_code INTEGER NOT NULL,
        kind TEXT NOT NULL
      ) STRICT;
      CREATE TABLE institution_programmes (
        institution_number TEXT NOT NULL REFERENCES institutions(number),
        programme TEXT NOT NULL,
        PRIMARY KEY (institution_number, programme)
      ) STRICT;
    )sql"},
    Migration{2, "Sessions and the pupil register (Elevdatabasen)", R"sql(
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        role TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        csrf_token TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE pupils (
        id INTEGER PRIMARY KEY,
        institution TEXT NOT NULL,
        cpr TEXT NOT NULL,
        name TEXT NOT NULL,
        birth_date TEXT,
        education_code TEXT NOT NULL,
        grade INTEGER,
        class_name TEXT NOT NULL,
        start_date TEXT,
        end_date TEXT,
        status TEXT NOT NULL CHECK (status IN ('accepted', 'filtered', 'rejected')),
        problems TEXT NOT NULL DEFAULT '[]',
        line INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX pupils_accepted_cpr ON pupils (institution, cpr) WHERE status = 'accepted';
      CREATE INDEX pupils_by_school ON pupils (institution);
      CREATE TABLE pupil_report_uploads (
        id INTEGER PRIMARY KEY,
        institution TEXT NOT NULL,
        received_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
        bytes INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        accepted INTEGER NOT NULL,
        filtered INTEGER NOT NULL,
        rejected INTEGER NOT NULL
      ) STRICT;
    )sql"},
    Migration{3, "Readiness assessments (UPV), append-only history per pupil", R"sql(
      CREATE TABLE upv_assessments (
        id INTEGER PRIMARY KEY,
        pupil_id INTEGER NOT NULL REFERENCES pupils(id),
        admission_year INTEGER NOT NULL,
        input TEXT NOT NULL,
        assessment TEXT NOT NULL,
        changes TEXT NOT NULL,
        entered_by TEXT NOT NULL,
        entered_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX upv_by_pupil ON upv_assessments (pupil_id, id);
      CREATE TRIGGER upv_assessments_append_only BEFORE UPDATE ON upv_assessments
        BEGIN SELECT RAISE(ABORT, 'the UPV history is append-only'); END;
    )sql"},
    Migration{4, "Allocation runs (immutable snapshots), manual placements and publication", R"sql(
      CREATE TABLE allocation_runs (
        id INTEGER PRIMARY KEY,
        region TEXT NOT NULL,
        admission_year INTEGER NOT NULL,
        seed INTEGER NOT NULL,
        input TEXT NOT NULL,
        input_sha256 TEXT NOT NULL,
        result TEXT NOT NULL,
        result_sha256 TEXT NOT NULL,
        stable INTEGER NOT NULL CHECK (stable IN (0, 1)),
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER allocation_runs_immutable BEFORE UPDATE ON allocation_runs
        BEGIN SELECT RAISE(ABORT, 'allocation runs are immutable'); END;
      CREATE TABLE allocation_manual_placements (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES allocation_runs(id),
        applicant TEXT NOT NULL,
        programme TEXT NOT NULL,
        reason TEXT NOT NULL,
        placed_by TEXT NOT NULL,
        placed_at TEXT NOT NULL,
        UNIQUE (run_id, applicant)
      ) STRICT;
      CREATE TRIGGER allocation_manual_placements_immutable BEFORE UPDATE ON allocation_manual_placements
        BEGIN SELECT RAISE(ABORT, 'manual placements are recorded, not changed'); END;
      CREATE TABLE allocation_publications (
        run_id INTEGER PRIMARY KEY REFERENCES allocation_runs(id),
        published_by TEXT NOT NULL,
        published_at TEXT NOT NULL
      ) STRICT;
    )sql"},
    Migration{5, "Applications: content versions, events, guardians' signatures, attachments, forrang decisions", R"sql(
      ALTER TABLE institution_programmes ADD COLUMN open INTEGER NOT NULL DEFAULT 1 CHECK (open IN (0, 1));
      CREATE TABLE applications (
        id INTEGER PRIMARY KEY,
        applicant_cpr TEXT NOT NULL REFERENCES persons(cpr),
        admission_year INTEGER NOT NULL,
        content TEXT NOT NULL,
        content_sha256 TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        submitted INTEGER NOT NULL DEFAULT 0 CHECK (submitted IN (0, 1)),
        withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
        completed_at INTEGER,
        route TEXT,
        route_institution TEXT,
        route_municipality INTEGER,
        self_applied INTEGER NOT NULL DEFAULT 1 CHECK (self_applied IN (0, 1)),
        updated_at TEXT NOT NULL,
        UNIQUE (applicant_cpr, admission_year)
      ) STRICT;
      CREATE INDEX applications_by_route ON applications (admission_year, route_institution);
      CREATE TABLE application_wishes (
        application_id INTEGER NOT NULL REFERENCES applications(id),
        rank INTEGER NOT NULL,
        institution TEXT NOT NULL,
        programme TEXT NOT NULL,
        PRIMARY KEY (application_id, rank)
      ) STRICT;
      CREATE INDEX application_wishes_by_institution ON application_wishes (institution);
      CREATE TABLE application_events (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications(id),
        version INTEGER NOT NULL,
        event TEXT NOT NULL,
        actor_role TEXT NOT NULL,
        actor TEXT NOT NULL,
        at TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX application_events_by_application ON application_events (application_id, id);
      CREATE TRIGGER application_events_append_only BEFORE UPDATE ON application_events
        BEGIN SELECT RAISE(ABORT, 'the application history is append-only'); END;
      CREATE TABLE application_signatures (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications(id),
        guardian_cpr TEXT NOT NULL REFERENCES persons(cpr),
        content_sha256 TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('signed', 'declined')),
        comment TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX application_signatures_by_application ON application_signatures (application_id, id);
      CREATE TRIGGER application_signatures_append_only BEFORE UPDATE ON application_signatures
        BEGIN SELECT RAISE(ABORT, 'signatures are recorded, not changed'); END;
      CREATE TABLE guardian_notices (
        id INTEGER PRIMARY KEY,
        guardian_cpr TEXT NOT NULL REFERENCES persons(cpr),
        application_id INTEGER NOT NULL REFERENCES applications(id),
        kind TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE attachments (
        owner_cpr TEXT NOT NULL REFERENCES persons(cpr),
        sha256 TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        file_name TEXT NOT NULL DEFAULT '',
        content BLOB NOT NULL,
        uploaded_at TEXT NOT NULL,
        PRIMARY KEY (owner_cpr, sha256)
      ) STRICT;
      CREATE TABLE forrang_decisions (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications(id),
        wish INTEGER NOT NULL,
        ground TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('granted', 'refused')),
        reason TEXT NOT NULL DEFAULT '',
        decided_by TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER forrang_decisions_append_only BEFORE UPDATE ON forrang_decisions
        BEGIN SELECT RAISE(ABORT, 'forrang decisions are recorded, not changed'); END;
    )sql"},
    Migration{6, "Transport time: addresses and schools on the map, imported journey-planner times", R"sql(
      ALTER TABLE persons ADD COLUMN address_id TEXT NOT NULL DEFAULT '';
      ALTER TABLE persons ADD COLUMN east INTEGER;
      ALTER TABLE persons ADD COLUMN north INTEGER;
      ALTER TABLE institutions ADD COLUMN east INTEGER;
      ALTER TABLE institutions ADD COLUMN north INTEGER;
      ALTER TABLE institutions ADD COLUMN region_code INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX persons_by_address ON persons (address_id);
      CREATE TABLE travel_imports (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL,
        rows INTEGER NOT NULL,
        imported_by TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE travel_times (
        address_id TEXT NOT NULL CHECK (address_id <> ''),
        institution_number TEXT NOT NULL REFERENCES institutions(number),
        public_minutes INTEGER CHECK (public_minutes BETWEEN 0 AND 1440),
        bicycle_minutes INTEGER CHECK (bicycle_minutes BETWEEN 0 AND 1440),
        minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 1440),
        reference_date TEXT NOT NULL,
        import_id INTEGER NOT NULL REFERENCES travel_imports(id),
        PRIMARY KEY (address_id, institution_number)
      ) STRICT, WITHOUT ROWID;
    )sql"},
    Migration{7, "Allocation outcomes: the applications a published run decided (status allocated)", R"sql(
      CREATE TABLE allocation_outcomes (
        application_id INTEGER PRIMARY KEY REFERENCES applications(id),
        run_id INTEGER NOT NULL REFERENCES allocation_publications(run_id),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER allocation_outcomes_immutable BEFORE UPDATE ON allocation_outcomes
        BEGIN SELECT RAISE(ABORT, 'allocation outcomes are recorded, not changed'); END;
    )sql"},
    Migration{8, "Audit trail: every read and write of personal data, append-only and hash-chained", R"sql(
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor_role TEXT NOT NULL,
        actor TEXT NOT NULL,
        subject_cpr TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        previous_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_by_subject ON audit_log (subject_cpr, id);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    )sql"},
    // A random stamp, not a counter: a change that is rolled back restores the old stamp, and a later
    // change can then not land on the number a cache already holds for the rolled-back content.
    Migration{9, "Change stamps: the offer catalogue says when it changed, so the server can keep it in memory", R"sql(
      CREATE TABLE change_stamps (name TEXT PRIMARY KEY, stamp INTEGER NOT NULL) STRICT, WITHOUT ROWID;
      INSERT INTO change_stamps (name, stamp) VALUES ('offers', random());
      CREATE TRIGGER offers_changed_by_institution_insert AFTER INSERT ON institutions
        BEGIN UPDATE change_stamps SET stamp = random() WHERE name = 'offers'; END;
      CREATE TRIGGER offers_changed_by_institution_update AFTER UPDATE ON institutions
        BEGIN UPDATE change_stamps SET stamp = random() WHERE name = 'offers'; END;
      CREATE TRIGGER offers_changed_by_institution_delete AFTER DELETE ON institutions
        BEGIN UPDATE change_stamps SET stamp = random() WHERE name = 'offers'; END;
      CREATE TRIGGER offers_changed_by_programme_insert AFTER INSERT ON institution_programmes
        BEGIN UPDATE change_stamps SET stamp = random() WHERE name = 'offers'; END;
      CREATE TRIGGER offers_changed_by_programme_update AFTER UPDATE ON institution_programmes
        BEGIN UPDATE change_stamps SET stamp = random() WHERE name = 'offers'; END;
      CREATE TRIGGER offers_changed_by_programme_delete AFTER DELETE ON institution_programmes
        BEGIN UPDATE change_stamps SET stamp = random() WHERE name = 'offers'; END;
    )sql"},
    // Found by counting full-table steps per statement under the deadline-hour load: each of these
    // read a whole table that grows with the year (guardian look-ups, notices, every login's purge).
    Migration{10, "Indexes: a guardian's children and notices, sessions by expiry, notices by application, submissions, decisions by content", R"sql(
      CREATE INDEX guardianships_by_guardian ON guardianships (guardian_cpr, child_cpr);
      CREATE INDEX guardian_notices_by_guardian ON guardian_notices (guardian_cpr, id);
      CREATE INDEX guardian_notices_by_application ON guardian_notices (application_id);
      CREATE INDEX sessions_by_expiry ON sessions (expires_at);
      CREATE INDEX application_events_submitted ON application_events (application_id) WHERE event = 'submitted';
      CREATE INDEX application_signatures_by_content ON application_signatures (application_id, content_sha256, id);
    )sql"},
    Migration{11, "Sessions say who vouched for the login: the OpenID provider or the demo's simulator", R"sql(
      ALTER TABLE sessions ADD COLUMN login_method TEXT NOT NULL DEFAULT 'simulator';
    )sql"},
    Migration{12, "A person's accepted pupil records across schools, found by CPR number (enrolment conflicts)", R"sql(
      CREATE INDEX pupils_accepted_by_cpr ON pupils (cpr) WHERE status = 'accepted';
    )sql"},
    // docs/notifications.md: a message row is written in the transaction of the event that causes it;
    // the sender delivers it later. recipient '' is a message with no address: shown in the app only.
    Migration{13, "The outbox of messages to people, and the language each person uses the app in", R"sql(
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        message_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        audience TEXT NOT NULL CHECK (audience IN ('applicant', 'guardians', 'school')),
        about_cpr TEXT,
        institution TEXT,
        application_id INTEGER,
        recipient TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('da', 'en')),
        subject TEXT NOT NULL,
        body_text TEXT NOT NULL,
        body_html TEXT NOT NULL,
        once_key TEXT UNIQUE,
        created_at INTEGER NOT NULL,
        due_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed', 'unaddressed')),
        sent_at INTEGER,
        last_error TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX outbox_due ON outbox (due_at) WHERE state = 'pending';
      CREATE INDEX outbox_by_person ON outbox (about_cpr, id);
      CREATE INDEX outbox_by_institution ON outbox (institution, id) WHERE institution IS NOT NULL;
      CREATE INDEX outbox_by_application ON outbox (application_id);
      ALTER TABLE institutions ADD COLUMN email TEXT NOT NULL DEFAULT '';
      CREATE TABLE person_languages (
        cpr TEXT PRIMARY KEY,
        language TEXT NOT NULL CHECK (language IN ('da', 'en'))
      ) STRICT, WITHOUT ROWID;
    )sql"},
};

Result<void> EnsureMigrationTable(Database& db) {
  return db.Execute(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
      " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))) STRICT");
}

Result<void> Apply(Database& db, const Migration& migration) {
  auto transaction = Transaction::Begin(db);
  if (!transaction) return Fail(transaction.error());
  if (auto done = db.Execute(migration.sql); !done) return Fail(done.error());
  auto record = db.Prepare("INSERT INTO schema_migrations (version, description) VALUES (?, ?)");
  if (!record) return Fail(record.error());
  record->Bind(1, static_cast<std::int64_t>(migration.version)).Bind(2, migration.description);
  if (auto done = record->Run(); !done) return Fail(done.error());
  return transaction->Commit();
}

}  // namespace

int LatestSchemaVersion() { return kMigrations.back().version; }

Result<int> Migrate(Database& db) {
  if (auto ready = EnsureMigrationTable(db); !ready) return Fail(ready.error());
  auto current = db.QueryInt("SELECT coalesce(max(version), 0) FROM schema_migrations");
  if (!current) return Fail(current.error());
  if (*current > LatestSchemaVersion()) {
    return Fail(MakeError(ErrorCode::kDatabaseMigrationFailed, "database",
                          "schema " + std::to_string(*current) + " is newer than this build"));
  }
  for (const Migration& migration : kMigrations) {
    if (migration.version <= *current) continue;
    if (auto applied = Apply(db, migration); !applied) {
      return Fail(MakeError(ErrorCode::kDatabaseMigrationFailed, "database",
                            std::to_string(migration.version) + ": " + applied.error().detail));
    }
  }
  return LatestSchemaVersion();
}

}  // namespace optagelse::store
