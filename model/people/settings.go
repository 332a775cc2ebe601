package people

import (
	"unicode/utf8"

	"thidua/model"
	"thidua/model/i18n"
)

// Settings are the bloc's numbers for the rules on individuals: which
// forms it proposes, what they are called in print, and the figures of
// the rules, since sectors and provinces set their own within the law.
// DefaultSettings gives the law's values where the texts were read.
type Settings struct {
	// Forms are the forms the bloc proposes people for; others are
	// refused (RuleFormOff).
	Forms []Form
	// Labels rename forms in print ("Bằng khen của Bộ trưởng" for a
	// ministry's bloc); a form without one prints its catalogue name.
	Labels map[Form]string

	// TitlesAtYearEnd refuses titles in a half-year period (RuleYearEnd).
	TitlesAtYearEnd bool
	// RequireRegistration refuses a title nobody registered for
	// (RuleRegistered).
	RequireRegistration bool

	// MinLDTTRating is the rating "Lao động tiên tiến" needs
	// (RuleLDTTRating): Good by the law.
	MinLDTTRating Rating
	// MinServiceMonths is the service a new recruit needs for "Lao động
	// tiên tiến" (RuleLDTTService): 6; 0 does not check.
	MinServiceMonths int
	// BaseNeedsEvidence asks "Chiến sĩ thi đua cơ sở" for an initiative or
	// research even when the year is rated excellent (RuleBaseMerit):
	// false by the 2022 law, true where a sector or an amendment asks it.
	BaseNeedsEvidence bool
	// BaseRatioPercent caps "Chiến sĩ thi đua cơ sở" at this share of the
	// unit's "Lao động tiên tiến" (RuleBaseRatio): 15; 0 does not cap.
	BaseRatioPercent int
	// BaseRatioRoundHalfUp rounds the cap half up (7 × 15% = 1,05 → 1;
	// 10 × 15% = 1,5 → 2) where a province allows it; by default the cap
	// is rounded down, as "không quá" reads.
	BaseRatioRoundHalfUp bool
	// ProvinceStreak and NationalStreak are the consecutive lower titles
	// the higher ones need (RuleProvinceStreak, RuleNationalStreak): 3 and 2.
	ProvinceStreak, NationalStreak int
	// PMYears and PMBaseTitles are the years after a provincial
	// certificate and the "Chiến sĩ thi đua cơ sở" in them that the
	// Prime Minister's certificate asks (RulePMCertificate): 5 and 3;
	// PMYears 0 does not check.
	PMYears, PMBaseTitles int
	// ProvinceCertYears and CommendationYears are the consecutive years
	// rated excellent (provincial certificate) or good (commendation) the
	// bloc asks; 0, the default, does not check (see RuleProvinceCertificate).
	ProvinceCertYears, CommendationYears int
}

// DefaultSettings returns the law's values (see each rule's source).
func DefaultSettings() Settings {
	return Settings{
		Forms:               AllForms(),
		TitlesAtYearEnd:     true,
		RequireRegistration: true,
		MinLDTTRating:       Good,
		MinServiceMonths:    6,
		BaseRatioPercent:    15,
		ProvinceStreak:      3,
		NationalStreak:      2,
		PMYears:             5,
		PMBaseTitles:        3,
	}
}

// MaxLabel is the longest printed name of a form.
const MaxLabel = 120

// Validate checks the settings: every number within what a rule can mean,
// at least one form, labels clean and short.
func (s *Settings) Validate() error {
	if len(s.Forms) == 0 {
		return model.Errorf(ESettingNoForms)
	}
	for _, f := range s.Forms {
		if !f.Valid() {
			return model.Errorf(EFormUnknown, f.Code())
		}
	}
	for f, l := range s.Labels {
		if !f.Valid() {
			return model.Errorf(EFormUnknown, f.Code())
		}
		if l != Clean(l) || utf8.RuneCountInString(l) > MaxLabel {
			return model.Errorf(ELabelLong, f, MaxLabel)
		}
	}
	for _, r := range []struct {
		name      string
		v, lo, hi int
	}{
		{"min_ldtt_rating", int(s.MinLDTTRating), int(Done), int(Excellent)},
		{"min_service_months", s.MinServiceMonths, 0, 12},
		{"base_ratio_percent", s.BaseRatioPercent, 0, 100},
		{"province_streak", s.ProvinceStreak, 1, 10},
		{"national_streak", s.NationalStreak, 1, 10},
		{"pm_years", s.PMYears, 0, 20},
		{"pm_base_titles", s.PMBaseTitles, 0, 20},
		{"province_cert_years", s.ProvinceCertYears, 0, 10},
		{"commendation_years", s.CommendationYears, 0, 10},
	} {
		if r.v < r.lo || r.v > r.hi {
			return model.Errorf(ESettingRange, i18nSetting(r.name), r.v, r.lo, r.hi)
		}
	}
	if s.PMBaseTitles > s.PMYears && s.PMYears > 0 {
		return model.Errorf(ESettingRange, i18nSetting("pm_base_titles"), s.PMBaseTitles, 0, s.PMYears)
	}
	return nil
}

// Uses reports whether the bloc proposes form f.
func (s *Settings) Uses(f Form) bool {
	for _, g := range s.Forms {
		if g == f {
			return true
		}
	}
	return false
}

// Label returns the printed name of form f in language l.
func (s *Settings) Label(f Form, l i18n.Lang) string {
	if v := s.Labels[f]; v != "" {
		return v
	}
	return f.Label(l)
}

// i18nSetting is a setting's name as people read it.
type i18nSetting string

// Localize implements i18n.Localizer.
func (n i18nSetting) Localize(l i18n.Lang) string { return i18n.T(l, "people_setting."+string(n)) }
