package facts

// The tables of individuals (issue 18), carried from exchange format
// version 2 on: a version-1 file's schema is exact, so these are kept out
// of Tables (and out of wire's v1 DDL); Payload lists both.
// Every row is keyed by period and unit, like the other per-unit tables,
// so a file's ownership check (model.CheckFileRow) judges them the same
// way: a unit's submission carries only its own people, a nominee of
// another unit is refused like a foreign score row.
const (
	// TNomineePerson: the people of a unit a period's lists need (those
	// registered or proposed), with only what the forms print.
	TNomineePerson = "nominee_person"
	// TNomineeRegistration: the titles a person registers for.
	TNomineeRegistration = "nominee_registration"
	// TNominee: a form proposed for a person, the unit's, in its order;
	// evidence is "kind<TAB>title<TAB>ref" lines.
	TNominee = "nominee"
	// TNomineeUpward: the proposals the bloc's leader sends up.
	TNomineeUpward = "nominee_upward"
	// TNomineeDecision: the province's decision on a proposal sent up,
	// with its decision's number and date; downgraded_to names the form
	// given instead, for outcome "downgraded".
	TNomineeDecision = "nominee_decision"
)

// PeopleTables are the tables of individuals, in canonical order.
var PeopleTables = []*Table{
	{Name: TNomineePerson, PK: []string{"period_id", "unit_id", "person_id"}, Cols: []Column{
		text("period_id"), text("unit_id"), text("person_id"), text("name"), text("position"), in("sex", "", "male", "female"),
		integer("birth_year")}},
	{Name: TNomineeRegistration, PK: []string{"period_id", "unit_id", "person_id", "form"}, Cols: []Column{
		text("period_id"), text("unit_id"), text("person_id"), text("form")}},
	{Name: TNominee, PK: []string{"period_id", "unit_id", "person_id", "form"}, Cols: []Column{
		text("period_id"), text("unit_id"), text("person_id"), text("form"), integer("priority"), text("achievement"),
		text("evidence"), text("reason"), in("outcome", "accepted", "excepted")}},
	{Name: TNomineeUpward, PK: []string{"period_id", "unit_id", "person_id", "form"}, Cols: []Column{
		text("period_id"), text("unit_id"), text("person_id"), text("form")}},
	{Name: TNomineeDecision, PK: []string{"period_id", "unit_id", "person_id", "form"}, Cols: []Column{
		text("period_id"), text("unit_id"), text("person_id"), text("form"), in("outcome", "accepted", "refused", "downgraded"),
		text("downgraded_to"), text("number"), text("decided_on")}},
}

// Payload returns every payload table a file of the current format may
// hold, in canonical order: Tables, then PeopleTables, then HistoryTables.
func Payload() []*Table {
	return append(append(append([]*Table(nil), Tables...), PeopleTables...), HistoryTables...)
}

func init() {
	for _, t := range PeopleTables {
		byName[t.Name] = t
		t.pkIndexes()
	}
}
