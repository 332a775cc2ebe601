package people

// Nominee is a stored proposal: what the unit proposed, the checker's
// outcome when it was written (Accepted or Excepted: a refused proposal
// is never stored), whether the bloc's leader proposes it upward, and
// the province's decision once it came back (nil: none yet).
type Nominee struct {
	Proposal
	Outcome  Outcome
	Upward   bool
	Decision *Decision
}

// Book is what one unit (or a whole bloc) holds about individuals for a
// period: its people, their history, this period's registrations and
// proposals in the unit's order, and the bloc's settings.
type Book struct {
	Period        Period
	People        []Person
	History       History
	Registrations []Registration
	Nominees      []Nominee
	Settings      Settings
	// Unmatched are the province's decisions a setup file brought on
	// people this database does not hold (Person is the id the decision
	// names): a unit that typed its staff again keeps them until it says
	// who each is.
	Unmatched []Decision
}

// Input returns what the checker reads from the book, with extra
// proposals after the stored ones; a stored proposal for the same person
// and form as an extra one is replaced by it, in its place.
func (b *Book) Input(extra []Proposal) Input {
	in := Input{Period: b.Period, People: b.People, History: b.History, Registrations: b.Registrations, Settings: b.Settings}
	fresh := map[string]int{}
	for i, p := range extra {
		fresh[p.Person+"|"+p.Form.Code()] = i
	}
	used := map[int]bool{}
	for _, n := range b.Nominees {
		if i, ok := fresh[n.Person+"|"+n.Form.Code()]; ok {
			in.Proposals = append(in.Proposals, extra[i])
			used[i] = true
			continue
		}
		in.Proposals = append(in.Proposals, n.Proposal)
	}
	for i, p := range extra {
		if !used[i] {
			in.Proposals = append(in.Proposals, p)
		}
	}
	return in
}

// Proposals returns the book's stored proposals, in order.
func (b *Book) Proposals() []Proposal {
	out := make([]Proposal, len(b.Nominees))
	for i, n := range b.Nominees {
		out[i] = n.Proposal
	}
	return out
}

// Upward returns the proposals the bloc proposes upward, in order.
func (b *Book) Upward() []Proposal {
	var out []Proposal
	for _, n := range b.Nominees {
		if n.Upward {
			out = append(out, n.Proposal)
		}
	}
	return out
}

// ImportResult says what writing a staff list did: people added, people
// already on the list whose name, position, sex or year was changed,
// people already there as written, and people on the list the file did
// not name (kept: they may hold proposals and history).
type ImportResult struct {
	Added, Updated, Unchanged, Kept int
}

// FormOf returns the form whose code (Form.Code) is code, exactly: the
// stored and exchanged name, not what people type (ParseForm).
func FormOf(code string) (Form, bool) {
	for f := LDTT; f < formEnd; f++ {
		if f.Code() == code {
			return f, true
		}
	}
	return NoForm, false
}

// ParseOutcome reads a stored outcome name.
func ParseOutcome(s string) (Outcome, bool) {
	for i, n := range outcomeNames {
		if n == s {
			return Outcome(i), true
		}
	}
	return Accepted, false
}
