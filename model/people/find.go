package people

import (
	"strconv"
	"strings"

	"thidua/model"
)

// ParseNomination reads one argument of the command line's
// "PERSON=TITLE[:achievement]": who (an id or a name, as typed), the form
// and the one-line achievement (empty when not given). The form is read
// by ParseForm, so "LĐTT", "CSTĐ cơ sở" and "BK tỉnh" all work.
func ParseNomination(arg string) (who string, f Form, achievement string, err error) {
	who, rest, ok := strings.Cut(arg, "=")
	who = Clean(who)
	if !ok || who == "" || strings.TrimSpace(rest) == "" {
		return "", NoForm, "", model.Errorf(EBadNomination, cut(Clean(arg), 60))
	}
	form, achievement, _ := strings.Cut(rest, ":")
	if f, err = ParseForm(form); err != nil {
		return "", NoForm, "", err
	}
	return who, f, Clean(achievement), nil
}

// Find finds the person a command or a search box names: by id, else by
// the full name without accents or case ("nguyen van an"). Two people of
// that name are ambiguous: the message lists them with their year of birth
// and position, for the person to type the id instead.
func Find(ps []Person, who string) (Person, error) {
	for _, p := range ps {
		if p.ID == who {
			return p, nil
		}
	}
	key := model.Fold(who)
	var found []Person
	for _, p := range ps {
		if model.Fold(p.Name) == key {
			found = append(found, p)
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		return Person{}, model.Errorf(ENoSuchPerson, cut(who, 60))
	}
	Sort(found)
	var lines []string
	for _, p := range found {
		lines = append(lines, strings.TrimSpace(p.ID+" "+yearOrDash(p.BirthYear)+" "+p.Position))
	}
	return Person{}, model.Errorf(EAmbiguousPerson, who, strings.Join(lines, "; "))
}

func yearOrDash(y int) string {
	if y == 0 {
		return "-"
	}
	return strconv.Itoa(y)
}
