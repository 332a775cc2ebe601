package facts

// The bloc's history a leader's handover file carries beside its facts
// (issue 15), so that the incoming leader can answer questions about last
// year: the year-end meetings (the minutes' data, the offices filled and
// the votes that elected them) and the audit log. Only the handover kind
// holds them, and a handover file's content hash counts them only when
// they hold rows, so the handover files written before them still verify.
// Like PeopleTables, they are kept out of Tables, whose order format 1
// fixed.
const (
	// TMeeting: when and where a period's meeting was held, who chaired it
	// and who took the minutes.
	TMeeting = "meeting"
	// TMeetingAbsence: the member units absent from it, with the reason.
	TMeetingAbsence = "meeting_absence"
	// TMeetingOffice: the next period's leader and deputy it chose.
	TMeetingOffice = "meeting_office"
	// TMeetingElection: the vote that elected an office.
	TMeetingElection = "meeting_election"
	// TAuditLog: the audit log of every installation that led the bloc,
	// keyed by the installation and its own sequence; period_id and
	// unit_id are "" for a change of the whole bloc.
	TAuditLog = "audit_log"
)

func office(name string) Column { return in(name, "leader", "deputy") }

// HistoryTables are the tables of the bloc's history, in canonical order.
var HistoryTables = []*Table{
	{Name: TMeeting, PK: []string{"period_id"}, Cols: []Column{
		text("period_id"), text("held_on"), text("starts_at"), text("ends_at"), text("place"), text("chair"),
		text("secretary"), text("guests")}},
	{Name: TMeetingAbsence, PK: []string{"period_id", "unit_id"}, Cols: []Column{
		text("period_id"), text("unit_id"), text("reason")}},
	{Name: TMeetingOffice, PK: []string{"period_id", "office"}, Cols: []Column{
		text("period_id"), office("office"), text("unit_id")}},
	{Name: TMeetingElection, PK: []string{"period_id", "office"}, Cols: []Column{
		text("period_id"), office("office"), integer("issued"), integer("returned"), integer("valid"), integer("votes_for")}},
	{Name: TAuditLog, PK: []string{"install_id", "seq"}, Cols: []Column{
		text("install_id"), {Name: "seq", Type: Int, Check: "seq > 0"}, text("at"), text("actor_role"), text("actor_unit"),
		text("action"), text("period_id"), text("unit_id"), text("criterion_id"), text("stage"), text("old_value"),
		text("new_value"), text("reason"), text("source_file")}},
}

func init() {
	for _, t := range HistoryTables {
		byName[t.Name] = t
		t.pkIndexes()
	}
}
