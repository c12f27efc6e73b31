#include "options.hpp"

#include "json/json_writer.hpp"

namespace samen {
namespace {

using Result = tl::expected<void, OptionsProblem>;

OptionsProblem problem(std::string_view pad, std::string_view key, MessageArgs args) {
  return OptionsProblem{std::string(pad), std::string(key), owned(args)};
}

Result read_bool(const Json& value, const std::string& pad, bool& out) {
  if (!value.is_boolean()) return tl::make_unexpected(problem(pad, "OPTIES/bool", {}));
  out = value.get<bool>();
  return {};
}

Result read_count(const Json& value, const std::string& pad, std::size_t& out, std::size_t max) {
  if (!value.is_number_unsigned() || value.get<std::uint64_t>() == 0 || value.get<std::uint64_t>() > max)
    return tl::make_unexpected(problem(pad, "OPTIES/getal", {std::to_string(max)}));
  out = static_cast<std::size_t>(value.get<std::uint64_t>());
  return {};
}

Result read_types(const Json& value, const std::string& pad, OrgTypeSet& out) {
  if (!value.is_array()) return tl::make_unexpected(problem(pad, "OPTIES/typen", {kOrgTypes.joined()}));
  OrgTypeSet set = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const Json& item = value[i];
    const auto type = item.is_string() ? kOrgTypes.parse(item.get_ref<const std::string&>()) : std::nullopt;
    if (!type) return tl::make_unexpected(problem(pointer_join(pad, i), "OPTIES/typen", {kOrgTypes.joined()}));
    set |= bit(*type);
  }
  out = set;
  return {};
}

Result read_leden_typen(const Json& value, const std::string& pad, Beleid& beleid) {
  if (!value.is_object()) return tl::make_unexpected(problem(pad, "OPTIES/object", {}));
  for (const auto& [key, types] : value.items()) {
    const std::string item_pad = pointer_join(pad, key);
    if (key == "Samenwerking") {
      if (auto r = read_types(types, item_pad, beleid.leden_typen_samenwerking); !r) return r;
    } else if (key == "Community") {
      if (auto r = read_types(types, item_pad, beleid.leden_typen_community); !r) return r;
    } else {
      return tl::make_unexpected(problem(item_pad, "OPTIES/sleutel", {}));
    }
  }
  return {};
}

Result read_beleid(const Json& value, Beleid& beleid) {
  if (!value.is_object()) return tl::make_unexpected(problem("/beleid", "OPTIES/object", {}));
  for (const auto& [key, item] : value.items()) {
    const std::string pad = pointer_join("/beleid", key);
    Result r;
    if (key == "lidmaatschapBevestiging") r = read_bool(item, pad, beleid.lidmaatschap_bevestiging);
    else if (key == "ledenTypen") r = read_leden_typen(item, pad, beleid);
    else if (key == "genesteSamenwerkingen") r = read_bool(item, pad, beleid.geneste_samenwerkingen);
    else if (key == "aanbiederTypen") r = read_types(item, pad, beleid.aanbieder_typen);
    else if (key == "afnemerTypen") r = read_types(item, pad, beleid.afnemer_typen_basis);
    else if (key == "communityGebruikNamensLeden") r = read_bool(item, pad, beleid.community_gebruik_namens_leden);
    else if (key == "evaluatieTermijnMaanden") {
      std::size_t months = 0;
      r = read_count(item, pad, months, 1200);
      if (r) beleid.evaluatie_termijn_maanden = static_cast<int>(months);
    } else {
      r = tl::make_unexpected(problem(pad, "OPTIES/sleutel", {}));
    }
    if (!r) return r;
  }
  return {};
}

Result read_limieten(const Json& value, Limieten& limieten) {
  if (!value.is_object()) return tl::make_unexpected(problem("/limieten", "OPTIES/object", {}));
  for (const auto& [key, item] : value.items()) {
    const std::string pad = pointer_join("/limieten", key);
    Result r;
    // maxBytes can go up to 4 GiB - 1 so that the same options work in a 32-bit wasm build.
    if (key == "maxBytes") r = read_count(item, pad, limieten.max_bytes, 0xFFFFFFFFu);
    else if (key == "maxDiepte") r = read_count(item, pad, limieten.max_diepte, 10000);
    else r = tl::make_unexpected(problem(pad, "OPTIES/sleutel", {}));
    if (!r) return r;
  }
  return {};
}

void write_types(JsonWriter& out, std::string_view key, OrgTypeSet set) {
  out.key(key).open_array();
  for (std::size_t i = 0; i < kOrgTypes.names.size(); ++i)
    if (contains(set, static_cast<OrgType>(i))) out.string(kOrgTypes.names[i]);
  out.close_array();
}

}  // namespace

tl::expected<Options, OptionsProblem> parse_options(const Json& value) {
  Options options;
  if (value.is_null()) return options;
  if (!value.is_object()) return tl::make_unexpected(problem("", "OPTIES/object", {}));
  for (const auto& [key, item] : value.items()) {
    Result r;
    if (key == "taal") {
      if (is_text(item, "nl")) options.taal = Taal::nl;
      else if (is_text(item, "en")) options.taal = Taal::en;
      else r = tl::make_unexpected(problem("/taal", "OPTIES/taal", {}));
    } else if (key == "beleid") {
      r = read_beleid(item, options.beleid);
    } else if (key == "limieten") {
      r = read_limieten(item, options.limieten);
    } else {
      r = tl::make_unexpected(problem(pointer_join("", key), "OPTIES/sleutel", {}));
    }
    if (!r) return tl::make_unexpected(r.error());
  }
  return options;
}

std::string options_text(const Options& options) {
  const Beleid& b = options.beleid;
  JsonWriter out;
  out.open_object().text("taal", options.taal == Taal::en ? "en" : "nl").key("beleid").open_object();
  out.flag("lidmaatschapBevestiging", b.lidmaatschap_bevestiging).key("ledenTypen").open_object();
  write_types(out, "Samenwerking", b.leden_typen_samenwerking);
  write_types(out, "Community", b.leden_typen_community);
  out.close_object().flag("genesteSamenwerkingen", b.geneste_samenwerkingen);
  write_types(out, "aanbiederTypen", b.aanbieder_typen);
  write_types(out, "afnemerTypen", b.afnemer_typen_basis);
  out.flag("communityGebruikNamensLeden", b.community_gebruik_namens_leden)
      .number("evaluatieTermijnMaanden", b.evaluatie_termijn_maanden)
      .close_object()
      .key("limieten")
      .open_object()
      .number("maxBytes", static_cast<std::int64_t>(options.limieten.max_bytes))
      .number("maxDiepte", static_cast<std::int64_t>(options.limieten.max_diepte))
      .close_object()
      .close_object();
  return out.str();
}

}  // namespace samen
