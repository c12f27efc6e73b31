// Texts near a document, for differential tests of readers: every truncation, every deletion
// of one byte, and every insertion and replacement of one byte from `alphabet`.
#pragma once

#include <string>
#include <string_view>

template <class Visit>
void for_each_mutation(const std::string& document, std::string_view alphabet, const Visit& visit) {
  for (std::size_t at = 0; at <= document.size(); ++at) {
    visit(document.substr(0, at));
    if (at == document.size()) break;
    visit(document.substr(0, at) + document.substr(at + 1));
    for (const char ch : alphabet) {
      visit(document.substr(0, at) + ch + document.substr(at));
      visit(document.substr(0, at) + ch + document.substr(at + 1));
    }
  }
}
