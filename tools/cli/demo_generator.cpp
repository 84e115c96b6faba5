// Synthetic register and catalogue: see demo_generator.h. CPR numbers are made to satisfy the
// century table and modulus 11; about 1 in 40 persons has name and address protection.
#include "cli/demo_generator.h"

#include <array>
#include <random>
#include <set>
#include <string>

#include "cpr/cpr_number.h"

namespace optagelse::tools {
namespace {

constexpr std::array kFirstNames = {"Søren", "Åse", "Mads", "Freja", "Ebbe", "Ida", "Noah", "Sofie", "Emil",
                                    "Clara", "Jørgen", "Astrid", "Amir", "Fatima", "Oliver", "Maja", "Bjørn",
                                    "Karen", "Lærke", "Malthe"};
constexpr std::array kLastNames = {"Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen",
                                   "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Møller", "Kjærgaard",
                                   "Østergaard", "Ahmed", "Lund", "Bæk", "Ærbøl"};
constexpr std::array kStreets = {"Nørregade", "Søndergade", "Østerbrogade", "Vestergade", "Åboulevarden",
                                 "Kongensgade", "Skovvej", "Engvej", "Bøgevej", "Strandvejen"};

struct Municipality {
  int code;
  const char* name;
  const char* postcode;
  transport::MapPoint centre;  // the town centre, ETRS89 / UTM 32N metres (approximate)
  int region;                  // 1081 Nordjylland, 1082 Midtjylland, 1083 Syddanmark, 1084 Hovedstaden
};
constexpr std::array kMunicipalities = {Municipality{101, "København", "2200 København N", {724'500, 6'177'500}, 1084},
                                        Municipality{147, "Frederiksberg", "2000 Frederiksberg", {720'000, 6'175'500}, 1084},
                                        Municipality{461, "Odense", "5000 Odense C", {589'000, 6'139'500}, 1083},
                                        Municipality{751, "Aarhus", "8000 Aarhus C", {575'000, 6'223'000}, 1082},
                                        Municipality{851, "Aalborg", "9000 Aalborg", {555'500, 6'322'000}, 1081}};

// Where things are: a second random stream, so adding places left the persons of a seed as they were.
class MapMaker {
 public:
  explicit MapMaker(std::uint64_t seed) : random_(seed ^ 0x6d61703a64656d6fULL) {}

  // A home within about 7 km of the centre (homes cluster nearer the middle).
  transport::MapPoint Home(const transport::MapPoint& centre) {
    std::normal_distribution<double> spread(0.0, 3'500.0);
    return {centre.east + static_cast<std::int32_t>(spread(random_)), centre.north + static_cast<std::int32_t>(spread(random_))};
  }

  // An address id shaped like DAWA's (a UUID), deterministic for the seed.
  std::string AddressId() {
    char text[40];
    std::snprintf(text, sizeof text, "%08x-%04x-4%03x-8%03x-%012llx", static_cast<unsigned>(random_() & 0xffffffffU),
                  static_cast<unsigned>(random_() & 0xffffU), static_cast<unsigned>(random_() & 0xfffU),
                  static_cast<unsigned>(random_() & 0xfffU), static_cast<unsigned long long>(random_() & 0xffffffffffffULL));
    return text;
  }

 private:
  std::mt19937_64 random_;
};

// Schools sit at fixed offsets from the centre: the gymnasium near it, the others around it.
transport::MapPoint Near(const transport::MapPoint& centre, std::int32_t east, std::int32_t north) {
  return {centre.east + east, centre.north + north};
}

class DemoMaker {
 public:
  explicit DemoMaker(std::uint64_t seed) : random_(seed) {}

  int Uniform(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
  template <typename List>
  const auto& Pick(const List& list) { return list[static_cast<std::size_t>(Uniform(0, static_cast<int>(list.size()) - 1))]; }

  // A fresh, valid-format CPR number (modulus 11 satisfied) for someone born in `year`.
  std::string Cpr(int year) {
    for (;;) {
      const int month = Uniform(1, 12);
      const int day = Uniform(1, DaysInMonth(year, month));
      int seventh = 0;
      for (int digit : {0, 4, 5, 9}) {
        if (cpr::BirthYear(digit, year % 100) == year) { seventh = digit; break; }
      }
      char text[16];
      std::snprintf(text, sizeof text, "%02d%02d%02d%d%02d", day, month, year % 100, seventh, Uniform(0, 99));
      for (char last = '0'; last <= '9'; ++last) {
        std::string candidate = std::string(text) + last;
        if (cpr::PassesModulus11(candidate) && used_.insert(candidate).second) return candidate;
      }
    }
  }

  registry::Person Person(int year, const Municipality& where, const std::string& last_name) {
    registry::Person person;
    person.cpr = Cpr(year);
    person.name = std::string(Pick(kFirstNames)) + " " + last_name;
    person.address = std::string(Pick(kStreets)) + " " + std::to_string(Uniform(1, 120)) + ", " + where.postcode;
    person.municipality_code = where.code;
    const bool protected_person = Uniform(1, 40) == 1;
    person.name_protected = protected_person;
    person.address_protected = protected_person;
    static constexpr std::array kIncome = {"low", "middle", "high"};
    person.income_group = Pick(kIncome);
    return person;
  }

 private:
  std::mt19937_64 random_;
  std::set<std::string> used_;
};

std::vector<registry::Institution> Institutions() {
  // Invented schools, one gymnasium with several programmes and one primary school per municipality.
  std::vector<registry::Institution> out;
  int serial = 1;
  for (const Municipality& m : kMunicipalities) {
    char number[8];
    std::snprintf(number, sizeof number, "%03d%03d", m.code % 1000, serial++);
    out.push_back({number, std::string(m.name) + " Gymnasium", m.code, "gymnasium", {"stx", "hf", "hhx", "htx"}, Near(m.centre, 800, 400), m.region});
    std::snprintf(number, sizeof number, "%03d%03d", m.code % 1000, serial++);
    out.push_back({number, std::string(m.name) + " Skole", m.code, "grundskole", {"4800"}, Near(m.centre, -1'500, 2'000), m.region});
  }
  // An EUD school and a 10th-grade school per municipality, numbered after the ones above so their
  // numbers stay as they were: applications go straight to these (DOMAIN.md routing).
  for (const Municipality& m : kMunicipalities) {
    char number[8];
    std::snprintf(number, sizeof number, "%03d%03d", m.code % 1000, serial++);
    out.push_back({number, std::string(m.name) + " Erhvervsskole", m.code, "eud", {"eud", "eux"}, Near(m.centre, 4'000, -3'000), m.region});
    std::snprintf(number, sizeof number, "%03d%03d", m.code % 1000, serial++);
    out.push_back({number, std::string(m.name) + " 10. klasse-center", m.code, "10kl", {"10kl"}, Near(m.centre, -2'500, -2'500), m.region});
  }
  return out;
}

}  // namespace

registry::Dataset GenerateDemoData(const DemoOptions& options) {
  DemoMaker maker(options.seed);
  MapMaker map(options.seed);
  registry::Dataset dataset;
  dataset.institutions = Institutions();
  for (int i = 0; i < options.pupils; ++i) {
    const Municipality& where = maker.Pick(kMunicipalities);
    const std::string last_name = maker.Pick(kLastNames);
    registry::Person pupil = maker.Person(maker.Uniform(2009, 2010), where, last_name);
    pupil.address_id = map.AddressId();
    pupil.location = map.Home(where.centre);
    const int guardians = maker.Uniform(1, 2);
    for (int g = 0; g < guardians; ++g) {
      registry::Person guardian = maker.Person(maker.Uniform(1968, 1985), where, last_name);
      guardian.address = pupil.address;
      guardian.address_id = pupil.address_id;
      guardian.location = pupil.location;
      guardian.name_protected = guardian.address_protected = pupil.address_protected;
      pupil.guardians.push_back(guardian.cpr);
      dataset.persons.push_back(std::move(guardian));
    }
    dataset.persons.push_back(std::move(pupil));
  }
  return dataset;
}

}  // namespace optagelse::tools
