package main

import (
	"context"
	"encoding/json"
	"flag"
	"strings"

	"thidua/model/i18n"
	"thidua/model/people"
	"thidua/storage"
)

// runPeopleRules prints the rules on individuals with the texts they come
// from and the bloc's numbers; the leader changes the numbers with the
// flags given (the others keep theirs): thidua people rules --ratio 20.
func runPeopleRules(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("people rules", true)
	ratio := fs.Int("ratio", 0, "")
	halfUp := fs.Bool("round-half-up", false, "")
	service := fs.Int("service-months", 0, "")
	evidence := fs.Bool("base-evidence", false, "")
	province := fs.Int("province-streak", 0, "")
	national := fs.Int("national-streak", 0, "")
	pmYears := fs.Int("pm-years", 0, "")
	pmBase := fs.Int("pm-base", 0, "")
	certYears := fs.Int("province-cert-years", 0, "")
	gkYears := fs.Int("commendation-years", 0, "")
	registration := fs.Bool("registration", true, "")
	yearEnd := fs.Bool("year-end", true, "")
	forms := fs.String("forms", "", "")
	if _, err := c.parse(fs, args); err != nil {
		return err
	}
	db, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	b, err := db.Bloc(ctx)
	if err != nil {
		return err
	}
	s, err := db.PeopleSettings(ctx, b.ID)
	if err != nil {
		return err
	}
	changed := false
	var bad error
	fs.Visit(func(f *flag.Flag) {
		changed = changed || f.Name != "db" && f.Name != "lang" && f.Name != "json" && f.Name != "debug"
		switch f.Name {
		case "ratio":
			s.BaseRatioPercent = *ratio
		case "round-half-up":
			s.BaseRatioRoundHalfUp = *halfUp
		case "service-months":
			s.MinServiceMonths = *service
		case "base-evidence":
			s.BaseNeedsEvidence = *evidence
		case "province-streak":
			s.ProvinceStreak = *province
		case "national-streak":
			s.NationalStreak = *national
		case "pm-years":
			s.PMYears = *pmYears
		case "pm-base":
			s.PMBaseTitles = *pmBase
		case "province-cert-years":
			s.ProvinceCertYears = *certYears
		case "commendation-years":
			s.CommendationYears = *gkYears
		case "registration":
			s.RequireRegistration = *registration
		case "year-end":
			s.TitlesAtYearEnd = *yearEnd
		case "forms":
			s.Forms, bad = parseForms(*forms)
		}
	})
	if bad != nil {
		return bad
	}
	if changed {
		actor, err := c.actor(ctx, db, "")
		if err != nil {
			return err
		}
		if err := db.SetPeopleSettings(ctx, actor, b.ID, s); err != nil {
			return err
		}
		c.printf("people_cli.rules_saved")
	}
	return c.printRules(s)
}

func parseForms(list string) ([]people.Form, error) {
	var out []people.Form
	for _, w := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == ';' || r == '+' }) {
		f, err := people.ParseForm(w)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

type ruleJSON struct {
	ID        string `json:"id"`
	Form      string `json:"form,omitempty"`
	Source    string `json:"source"`
	Verified  bool   `json:"verified"`
	Exception bool   `json:"exception"`
	Statement string `json:"statement"`
}

// printRules prints the bloc's numbers, then each rule with its source.
func (c *cli) printRules(s people.Settings) error {
	raw, err := encodeSettings(s)
	if err != nil {
		return err
	}
	if c.json {
		out := struct {
			Settings map[string]any `json:"settings"`
			Rules    []ruleJSON     `json:"rules"`
		}{Settings: raw, Rules: []ruleJSON{}}
		for _, r := range people.Rules() {
			out.Rules = append(out.Rules, ruleJSON{r.ID, r.Form.Code(), r.Source.Localize(c.lang), r.Source.Verified, r.Exception, r.Statement(c.lang)})
		}
		return c.writeJSON(out)
	}
	var forms []string
	for _, f := range s.Forms {
		forms = append(forms, f.Label(c.lang))
	}
	c.printf("people_cli.rules_numbers", s.BaseRatioPercent, s.MinServiceMonths, s.ProvinceStreak, s.NationalStreak, s.PMYears,
		s.PMBaseTitles, s.ProvinceCertYears, s.CommendationYears, yesNo(c.lang, s.RequireRegistration), yesNo(c.lang, s.TitlesAtYearEnd),
		yesNo(c.lang, s.BaseNeedsEvidence), strings.Join(forms, ", "))
	for _, r := range people.Rules() {
		c.printf("people_cli.rule", r.Statement(c.lang), r.Source.Localize(c.lang))
	}
	return nil
}

func yesNo(l i18n.Lang, b bool) string {
	if b {
		return i18n.T(l, "people_cli.yes")
	}
	return i18n.T(l, "people_cli.no")
}

// encodeSettings is the settings as stored, for --json.
func encodeSettings(s people.Settings) (map[string]any, error) {
	out := map[string]any{}
	raw, err := storage.EncodeSettings(s)
	if err != nil {
		return nil, err
	}
	return out, json.Unmarshal(raw, &out)
}
