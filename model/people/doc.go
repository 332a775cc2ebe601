// Package people is the domain of individuals in an emulation season: each
// unit's staff list, the titles people register for at the start of a
// period, the titles and certificates proposed for them at its end, the
// rules of the Law on Emulation and Commendation that a unit can check from
// its own data, and the rows of the printed list of nominees.
//
// Like package model it does no I/O and knows nothing of screens or
// databases: storage and the exchange file give it plain values and get
// plain values back. Every rule carries the text it comes from (Rule,
// Citation), so a refusal names its source; where the stored copies of the
// texts did not show an article's number or wording, the rule says so
// (Citation.Verified) instead of guessing. The numbers of the rules are
// settings of the bloc (Settings), with the law's values as defaults.
package people
