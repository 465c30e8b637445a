// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_CORPUS_GEN_WRITERS_HPP
#define FILING_CORPUS_GEN_WRITERS_HPP

// Writes filings of the model as the files users receive: EDGAR ownership XML, full
// submission files, plain-text renderings of the forms (tab cells, as the corpus
// renderings), and prospectus supplements about ATM programs.

#include "model/filing.hpp"

#include <string>

std::string write_ownership_xml(filing_t const &f);
std::string write_submission(filing_t const &f, std::string const &xml);
std::string write_rendering(filing_t const &f);
std::string write_prospectus(filing_t const &f);

#endif // FILING_CORPUS_GEN_WRITERS_HPP
