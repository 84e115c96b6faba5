// Synthetic register and catalogue: see demo_generator.h. CPR numbers are made to satisfy the
// century table and modulus 11; about 1 in 40 persons has name and address protection. Homes and
// schools lie on a rough map of Denmark's 98 municipalities in five regions (demo_municipalities.h).
#include "cli/demo_generator.h"

#include <array>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "cli/demo_municipalities.h"
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

// Where things are, drawn from a second random stream: the municipality (weighted by population, so
// a seed's pupils spread over the country as its 15-year-olds do), the home and its address id.
class MapMaker {
 public:
  explicit MapMaker(std::uint64_t seed) : random_(seed ^ 0x6d61703a64656d6fULL) {
    std::vector<double> weights;
    for (const DemoMunicipality& m : DemoMunicipalities()) weights.push_back(m.population_thousands);
    by_population_ = std::discrete_distribution<std::size_t>(weights.begin(), weights.end());
  }

  const DemoMunicipality& Municipality() { return DemoMunicipalities()[by_population_(random_)]; }

  // A home around the main town: within a few kilometres in Copenhagen and its inner suburbs
  // (codes below 190), spread wider in the rest of the country, where municipalities are larger.
  transport::MapPoint Home(const DemoMunicipality& where) {
    std::normal_distribution<double> spread(0.0, where.code < 190 ? 2'000.0 : 5'000.0);
    return {where.centre.east + static_cast<std::int32_t>(spread(random_)), where.centre.north + static_cast<std::int32_t>(spread(random_))};
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
  std::discrete_distribution<std::size_t> by_population_;
};

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

  registry::Person Person(int year, const DemoMunicipality& where, const std::string& last_name) {
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

// Invented schools. Every municipality has a primary school; a town of 20,000 or more a gymnasium
// (commerce and technical programmes too from 50,000), a 10th-grade centre from 30,000 and a
// vocational school from 50,000. Numbers are the municipality code and a running serial.
class Catalogue {
 public:
  void AddGeneral(const DemoMunicipality& m) {
    if (m.population_thousands >= 20) {
      std::vector<std::string> programmes{"stx", "hf"};
      if (m.population_thousands >= 50) programmes.insert(programmes.end(), {"hhx", "htx"});
      Add(m, " Gymnasium", "gymnasium", programmes, {800, 400});
    }
    Add(m, " Skole", "grundskole", {"4800"}, {-1'500, 2'000});
  }
  // Gymnasial programmes outside the central allocation, which admit directly (docs/domain.md "The
  // application", routing): a private gymnasium in each city, and in the capital 2-year stx and hf
  // single subjects at the adult education centre and IB at an international gymnasium.
  void AddDirectGymnasial(const DemoMunicipality& m, bool capital) {
    Add(m, " Privatgymnasium", std::string(registry::kPrivateGymnasium).c_str(), {"stx"}, {-600, 900});
    if (!capital) return;
    Add(m, " VUC", "gymnasium", {"stx2", "hfe"}, {300, -1'200});
    Add(m, " International Gymnasium", "gymnasium", {"ib"}, {1'400, 1'100});
  }
  // Applications go straight to these (docs/domain.md "The application", routing).
  void AddVocational(const DemoMunicipality& m) {
    if (m.population_thousands >= 50) Add(m, " Erhvervsskole", "eud", {"eud", "eux"}, {4'000, -3'000});
    if (m.population_thousands >= 30) Add(m, " 10. klasse-center", "10kl", {"10kl"}, {-2'500, -2'500});
  }
  std::vector<registry::Institution> Take() { return std::move(institutions_); }

 private:
  // Schools sit at fixed offsets from the main town's centre.
  void Add(const DemoMunicipality& m, const char* suffix, const char* kind, std::vector<std::string> programmes, transport::MapPoint offset) {
    char number[16];
    std::snprintf(number, sizeof number, "%03d%03d", m.code % 1000, ++serial_ % 1000);
    // An address under .test (RFC 2606): the demo's messages to schools have somewhere to go, nowhere real.
    institutions_.push_back({number, std::string(m.name) + suffix, m.code, kind, std::move(programmes),
                             transport::MapPoint{m.centre.east + offset.east, m.centre.north + offset.north}, m.region,
                             std::string("kontor@") + number + ".skole.test"});
  }
  int serial_ = 0;
  std::vector<registry::Institution> institutions_;
};

std::vector<registry::Institution> Institutions() {
  // The five cities first, in the order earlier versions numbered them (gymnasiums and primary
  // schools, then vocational schools), so 101001 is still Copenhagen's gymnasium.
  const auto all = DemoMunicipalities();
  const auto cities = all.first(5), rest = all.subspan(5);
  Catalogue catalogue;
  for (const DemoMunicipality& m : cities) catalogue.AddGeneral(m);
  for (const DemoMunicipality& m : cities) catalogue.AddVocational(m);
  for (const DemoMunicipality& m : rest) {
    catalogue.AddGeneral(m);
    catalogue.AddVocational(m);
  }
  // Last, so every earlier institution keeps its number.
  for (const DemoMunicipality& m : cities) catalogue.AddDirectGymnasial(m, &m == &cities.front());
  return catalogue.Take();
}

}  // namespace

registry::Dataset GenerateDemoData(const DemoOptions& options) {
  DemoMaker maker(options.seed);
  MapMaker map(options.seed);
  registry::Dataset dataset;
  dataset.institutions = Institutions();
  for (int i = 0; i < options.pupils; ++i) {
    const DemoMunicipality& where = map.Municipality();
    const std::string last_name = maker.Pick(kLastNames);
    registry::Person pupil = maker.Person(maker.Uniform(2009, 2010), where, last_name);
    pupil.address_id = map.AddressId();
    pupil.location = map.Home(where);
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
