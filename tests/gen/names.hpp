// Names for generated organisations and products: Dutch and Frisian places (with the
// accents and apostrophes the real catalogue has), suppliers, products. Unique by number.
#pragma once

#include <array>
#include <string>

namespace samen_gen {

namespace names_detail {
inline constexpr std::array<const char*, 40> kPlaces = {
    "Utrecht", "Zeist", "Súdwest-Fryslân", "'s-Hertogenbosch", "Noardeast-Fryslân", "Ede", "Bergen (NH)",
    "Gemert-Bakel", "Capelle aan den IJssel", "Hengelo", "Oisterwijk", "Schiermonnikoog", "Dantumadiel",
    "Tytsjerksteradiel", "Ameland", "Zoetermeer", "Groningen", "Maastricht", "Leeuwarden", "Houten",
    "Bunnik", "Nijkerk", "Oldambt", "Westerkwartier", "Sittard-Geleen", "Alphen aan den Rijn", "Goeree-Overflakkee",
    "Hollands Kroon", "Súdwest", "Waadhoeke", "De Fryske Marren", "Koggenland", "Gooise Meren", "Lingewaard",
    "Overbetuwe", "Molenlanden", "Hoeksche Waard", "Voorne aan Zee", "Land van Cuijk", "Maashorst"};
inline constexpr std::array<const char*, 12> kSupplierWords = {
    "Acme", "Centrum Software", "Open Gemeente", "Zaakwerk", "Regelrecht", "Ïnnovatie", "Dataflüss",
    "Publiek Digitaal", "Gemeentelijk Rekencentrum", "Burgerloket", "Kadaster Koppel", "Civiel Systeem"};
inline constexpr std::array<const char*, 10> kTopics = {
    "Common Ground", "Open Source", "Zaakgericht Werken", "Dataverkeer 🚦", "Toegankelijkheid",
    "Informatiebeveiliging", "Archiefbeheer", "Omgevingswet", "Sociaal Domein", "Basisregistraties"};
inline constexpr std::array<const char*, 16> kProducts = {
    "Zaaksysteem", "Financiën", "Burgerzaken", "Portaal", "Sociaal Domein", "GIS Viewer", "Belastingen",
    "Documentbeheer", "Klantcontact", "Vergunningen", "Omgevingsloket", "Archief", "Personeel",
    "Inkoop", "Parkeren", "Meldingen Openbare Ruimte"};

template <std::size_t N>
std::string cycled(const std::array<const char*, N>& list, unsigned i) {
  std::string out = list[i % N];
  if (i >= N) out.append(" ").append(std::to_string(i / N + 1));
  return out;
}
}  // namespace names_detail

inline std::string place_name(unsigned i) { return names_detail::cycled(names_detail::kPlaces, i); }
inline std::string supplier_name(unsigned i) { return names_detail::cycled(names_detail::kSupplierWords, i) + " B.V."; }
inline std::string region_name(unsigned i) { return "Regio " + names_detail::cycled(names_detail::kPlaces, i * 7 + 3); }
inline std::string topic_name(unsigned i) { return names_detail::cycled(names_detail::kTopics, i); }
inline std::string product_name(unsigned i) { return names_detail::kProducts[i % names_detail::kProducts.size()]; }

}  // namespace samen_gen
