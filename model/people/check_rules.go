package people

// rules applies every rule that governs p's form, in order, and returns
// what it did not meet.
func (c *checker) rules(p Proposal) []Finding {
	var out []Finding
	add := func(f *Finding) {
		if f != nil {
			out = append(out, *f)
		}
	}
	add(c.formOff(p))
	add(c.yearEnd(p))
	add(c.registered(p))
	switch p.Form {
	case LDTT:
		add(c.ldttRating(p))
		add(c.ldttService(p))
	case CSTDCS:
		add(c.baseLDTT(p))
		add(c.baseMerit(p))
		if len(out) == 0 { // only a proposal that passes takes a place
			add(c.baseRatio(p))
		}
	case CSTDTinh:
		add(c.streak(p, RuleProvinceStreak, CSTDCS, c.in.Settings.ProvinceStreak))
		add(c.evidence(p, RuleProvinceEvidence))
	case CSTDTQ:
		add(c.streak(p, RuleNationalStreak, CSTDTinh, c.in.Settings.NationalStreak))
		add(c.evidence(p, RuleNationalEvidence))
	case BKTTg:
		add(c.pmCertificate(p))
	case BKTinh:
		add(c.ratedYears(p, RuleProvinceCertificate, Excellent, c.in.Settings.ProvinceCertYears))
	case GiayKhen:
		add(c.ratedYears(p, RuleCommendation, Good, c.in.Settings.CommendationYears))
	}
	if !p.Form.Title() {
		add(c.oneAchievement(p))
	}
	return out
}

func (c *checker) name(p Proposal) string { return c.people[p.Person].Name }

func (c *checker) review(p Proposal, year int) Review { return c.ratings[p.Person][year] }

func (c *checker) formOff(p Proposal) *Finding {
	if c.in.Settings.Uses(p.Form) {
		return nil
	}
	f := refuse(RuleFormOff, p, "people_refuse.form_off", p.Form)
	return &f
}

func (c *checker) yearEnd(p Proposal) *Finding {
	if !p.Form.Title() || !c.in.Settings.TitlesAtYearEnd || c.in.Period.YearEnd {
		return nil
	}
	f := refuse(RuleYearEnd, p, "people_refuse.year_end", p.Form)
	return &f
}

// registered: a registration for a title covers the titles below it (a
// person who registers for "Chiến sĩ thi đua cơ sở" aims at "Lao động
// tiên tiến" too, which it rests on).
func (c *checker) registered(p Proposal) *Finding {
	if !p.Form.Title() || !c.in.Settings.RequireRegistration {
		return nil
	}
	for f := p.Form; f <= CSTDTQ; f++ {
		if c.regs[p.Person][f] {
			return nil
		}
	}
	f := refuse(RuleRegistered, p, "people_refuse.registered", c.name(p), p.Form, c.in.Period.Year)
	return &f
}

func (c *checker) ldttRating(p Proposal) *Finding {
	y := c.in.Period.Year
	r := c.review(p, y).Rating
	switch {
	case r == RatingUnknown:
		f := refuse(RuleLDTTRating, p, "people_refuse.ldtt_rating_unknown", c.name(p), y)
		return &f
	case r < c.in.Settings.MinLDTTRating:
		f := refuse(RuleLDTTRating, p, "people_refuse.ldtt_rating", c.name(p), y, r, c.in.Settings.MinLDTTRating)
		return &f
	}
	return nil
}

func (c *checker) ldttService(p Proposal) *Finding {
	m := c.review(p, c.in.Period.Year).MonthsServed
	if least := c.in.Settings.MinServiceMonths; least > 0 && m > 0 && m < least {
		f := refuse(RuleLDTTService, p, "people_refuse.ldtt_service", c.name(p), m, least)
		return &f
	}
	return nil
}

func (c *checker) baseLDTT(p Proposal) *Finding {
	if y := c.in.Period.Year; !c.has(p.Person, y, LDTT) {
		f := refuse(RuleBaseLDTT, p, "people_refuse.base_ldtt", c.name(p), y)
		return &f
	}
	return nil
}

func (c *checker) baseMerit(p Proposal) *Finding {
	y := c.in.Period.Year
	switch {
	case len(p.Evidence) > 0:
		return nil
	case c.in.Settings.BaseNeedsEvidence:
		f := refuse(RuleBaseMerit, p, "people_refuse.base_evidence", c.name(p))
		return &f
	case c.review(p, y).Rating != Excellent:
		f := refuse(RuleBaseMerit, p, "people_refuse.base_merit", c.name(p), y)
		return &f
	}
	return nil
}

// baseRatio caps a unit's "Chiến sĩ thi đua cơ sở" at a share of its
// "Lao động tiên tiến" this year, proposals in the unit's order.
func (c *checker) baseRatio(p Proposal) *Finding {
	s := c.in.Settings
	if s.BaseRatioPercent == 0 {
		return nil
	}
	unit, y := c.people[p.Person].Unit, c.in.Period.Year
	if c.ldtt == nil { // every "Lao động tiên tiến" is decided by now
		c.ldtt = map[string]int{}
		for id, q := range c.people {
			if c.has(id, y, LDTT) {
				c.ldtt[q.Unit]++
			}
		}
	}
	ldtt := c.ldtt[unit]
	limit := s.baseLimit(ldtt)
	if c.base[unit] < limit {
		return nil
	}
	f := refuse(RuleBaseRatio, p, "people_refuse.base_ratio", c.name(p), s.BaseRatioPercent, ldtt, y, limit)
	return &f
}

// run counts the consecutive years up to year in which the person held
// form f.
func (c *checker) run(person string, f Form, year int) int {
	n := 0
	for y := year; c.has(person, y, f); y-- {
		n++
	}
	return n
}

// streak: the higher title needs the lower one in the consecutive years
// before it, the run ending this year or the year before (the province
// decides a year's titles after the bloc proposes the next ones).
func (c *checker) streak(p Proposal, r Rule, lower Form, need int) *Finding {
	y := c.in.Period.Year
	n := max(c.run(p.Person, lower, y), c.run(p.Person, lower, y-1))
	if n >= need {
		return nil
	}
	f := refuse(r, p, "people_refuse.streak", c.name(p), p.Form, need, lower, n)
	return &f
}

func (c *checker) evidence(p Proposal, r Rule) *Finding {
	if len(p.Evidence) > 0 {
		return nil
	}
	f := refuse(r, p, "people_refuse.evidence", c.name(p), p.Form)
	return &f
}

// pmCertificate checks the standard of the Prime Minister's certificate a
// unit's data shows: a provincial certificate before the window of the
// last PMYears years, every year of the window rated good or above, and
// PMBaseTitles "Chiến sĩ thi đua cơ sở" in it. The law's other standards
// are not in the data: a reason claiming one of them is the exception.
func (c *checker) pmCertificate(p Proposal) *Finding {
	s := c.in.Settings
	if s.PMYears == 0 {
		return nil
	}
	y := c.in.Period.Year
	from := y - s.PMYears + 1
	cert, good, base := false, 0, 0
	for yr := range c.held[p.Person] {
		if yr < from && c.has(p.Person, yr, BKTinh) {
			cert = true
		}
	}
	for yr := from; yr <= y; yr++ {
		if c.review(p, yr).Rating >= Good {
			good++
		}
		if c.has(p.Person, yr, CSTDCS) {
			base++
		}
	}
	if cert && good == s.PMYears && base >= s.PMBaseTitles {
		return nil
	}
	f := refuse(RulePMCertificate, p, "people_refuse.pm_certificate", c.name(p), from, y, s.PMYears, s.PMBaseTitles, good, base)
	return &f
}

// ratedYears checks the bloc's years of a given rating up to this year.
func (c *checker) ratedYears(p Proposal, r Rule, least Rating, years int) *Finding {
	if years == 0 {
		return nil
	}
	y, n := c.in.Period.Year, 0
	for yr := y; yr > y-years && c.review(p, yr).Rating >= least; yr-- {
		n++
	}
	if n >= years {
		return nil
	}
	f := refuse(r, p, "people_refuse.rated_years", c.name(p), p.Form, years, least, n)
	return &f
}

// oneAchievement refuses a second certificate for one person in one
// period, unless the reason says it rewards another achievement.
func (c *checker) oneAchievement(p Proposal) *Finding {
	other, ok := c.certs[p.Person]
	if !ok || other == p.Form {
		return nil
	}
	f := refuse(RuleOneAchievement, p, "people_refuse.one_achievement", c.name(p), other, p.Form)
	return &f
}

// baseLimit is how many "Chiến sĩ thi đua cơ sở" a unit with ldtt "Lao
// động tiên tiến" may have (RuleBaseRatio), rounded as the bloc set.
func (s Settings) baseLimit(ldtt int) int {
	if s.BaseRatioRoundHalfUp {
		return (ldtt*s.BaseRatioPercent + 50) / 100
	}
	return ldtt * s.BaseRatioPercent / 100
}
