// Memberships as stored: LID-001, LID-002 (policy, itself, cycles) and LID-004. Ended and
// rejected memberships are history: the rules judge the open ones (aangevraagd, actief).

#include "checks/families.hpp"
#include "model/id_set.hpp"

namespace samen::checks {
namespace {

void lid001_lid002_pair(Findings& f, const Lidmaatschap& m, const Organisatie& collective, const Organisatie& member) {
  if (collective.type && !is_collective(*collective.type)) {
    f.report(m, "/samenwerking", "LID-001", {f.label(collective.id), kOrgTypes.name(*collective.type)});
    return;
  }
  if (member.id == collective.id) {
    f.report(m, "/lid", "LID-002/zelf");
    return;
  }
  if (!collective.type || !member.type) return;
  const bool nested = is_collective(*member.type) && f.beleid.geneste_samenwerkingen;
  if (!nested && !contains(f.beleid.leden_typen(*collective.type), *member.type))
    f.report(m, "/lid", "LID-002",
             {kOrgTypes.name(*member.type), kOrgTypes.name(*collective.type)});
}

// LID-004: one open membership per pair; every later one is reported, naming the first.
void lid004_one_open_per_pair(Findings& f, const Lidmaatschap& m) {
  const auto open = f.state.index.open_memberships_by_pair.get(pair_key(m.samenwerking, m.lid));
  if (open.empty() || open.front() == f.index_of(m)) return;
  const Lidmaatschap& first = f.state.at<Lidmaatschap>(open.front());
  f.report(m, "/lid", "LID-004", {f.name(first.id), kLidStatuses.name(*first.status)});
}

// LID-002 (cycles): with genesteSamenwerkingen, collectives may be members of collectives, but
// open memberships may not go round. A depth-first walk over "is member of" reports each
// membership that closes a cycle (a back edge) once: linear in the memberships.
class CycleWalk {
 public:
  explicit CycleWalk(Findings& f) : f_(f) {}

  void from(Id start) {
    if (colour(start) != Colour::white) return;
    struct Frame {
      Id node;
      std::size_t next = 0;
    };
    std::vector<Frame> stack{{start}};
    grey_.insert(start);
    while (!stack.empty()) {
      Frame& top = stack.back();
      const auto edges = f_.state.index.memberships_by_member.get(top.node);
      if (top.next == edges.size()) {
        black_.insert(top.node);
        stack.pop_back();
        continue;
      }
      const Lidmaatschap& m = f_.state.at<Lidmaatschap>(edges[top.next++]);
      if (!m.open() || m.samenwerking == m.lid || !f_.state.get<Organisatie>(m.samenwerking)) continue;
      const Colour next = colour(m.samenwerking);
      if (next == Colour::grey) {
        f_.report(m, "/samenwerking", "LID-002/kring",
                  {f_.label(m.lid) + " → " + f_.label(m.samenwerking) + " → … → " + f_.label(m.lid)});
      } else if (next == Colour::white) {
        grey_.insert(m.samenwerking);
        stack.push_back({m.samenwerking});
      }
    }
  }

 private:
  enum class Colour : std::uint8_t { white, grey, black };
  // White: not reached yet; grey: on the walk's stack; black: done. A node turns grey, then
  // black, so black is asked first.
  Colour colour(Id node) const {
    if (black_.contains(node)) return Colour::black;
    return grey_.contains(node) ? Colour::grey : Colour::white;
  }
  Findings& f_;
  IdSet grey_;
  IdSet black_;
};

}  // namespace

void check_memberships(Findings& f) {
  each<Lidmaatschap>(f.state, [&](const Lidmaatschap& m) {
    if (!m.open()) return;
    const Organisatie* collective = f.state.get<Organisatie>(m.samenwerking);
    const Organisatie* member = f.state.get<Organisatie>(m.lid);
    if (collective && member) lid001_lid002_pair(f, m, *collective, *member);
    lid004_one_open_per_pair(f, m);
  });
  // Without nesting, a collective as member is already LID-002 by policy: no cycle to look for.
  if (!f.beleid.geneste_samenwerkingen) return;
  CycleWalk walk(f);
  each<Lidmaatschap>(f.state, [&](const Lidmaatschap& m) {
    if (m.open()) walk.from(m.lid);
  });
}

}  // namespace samen::checks
