// Package model holds thidua's domain: units, periods, the criteria tree,
// scores and how they add up, validation, ranking with tie-breaks, award
// proposals, ownership and locks.
//
// It does no I/O and knows nothing of screens or databases: every rule is a
// plain function over plain data, and its tests read as the specification of
// the rules. Errors meant for people are *Error values with a code that is
// also the message id in the catalogue (package model/i18n).
//
// Points are integers in hundredths (Points); computed scores round to
// hundredths half away from zero; typed scores are refused, never clamped.
package model
