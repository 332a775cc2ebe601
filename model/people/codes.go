package people

// Codes of the errors (E…) and notes (N…) of this package; each is a
// message id in the catalogue (model/i18n/catalog_people*.go).
const (
	// A person.
	ENoID         = "people.no_id"
	ENoUnit       = "people.no_unit"
	ENoName       = "people.no_name"
	ENameLong     = "people.name_long"
	ENameChars    = "people.name_chars"
	EPositionLong = "people.position_long"
	EBadText      = "people.bad_text"
	EBadSex       = "people.bad_sex"
	EBadBirthYear = "people.bad_birth_year"

	// A staff list read from rows.
	EStaffNoHeader  = "staff.no_header"
	EStaffEmpty     = "staff.empty"
	EStaffNoRows    = "staff.no_rows"
	EStaffTooMany   = "staff.too_many"
	EStaffYear      = "staff.year"
	EStaffSex       = "staff.sex"
	EStaffBothSexes = "staff.both_sexes"
	EStaffDuplicate = "staff.duplicate"
	NStaffHeading   = "staff.skipped_heading"
	NStaffFooter    = "staff.footer"
	NStaffRecased   = "staff.recased"
	NStaffSameName  = "staff.same_name"
	NStaffAge       = "staff.age"
	NStaffJoined    = "staff.joined_name"

	// Forms, registrations, proposals, history, settings.
	EFormUnknown      = "nominee_form.unknown"
	ENotATitle        = "nominee.not_a_title"
	EBadYear          = "nominee.bad_year"
	ENoForms          = "nominee.no_forms"
	EDupForm          = "nominee.dup_form"
	ENoAchievement    = "nominee.no_achievement"
	EAchievementLong  = "nominee.achievement_long"
	EEvidenceNoTitle  = "nominee.evidence_no_title"
	EEvidenceKind     = "nominee.evidence_kind"
	EReasonLong       = "nominee.reason_long"
	EBadRating        = "nominee.bad_rating"
	EBadMonths        = "nominee.bad_months"
	ETooManyEvidences = "nominee.too_many_evidences"
	EBadNomination    = "nominee.bad_nomination"
	ENoSuchPerson     = "nominee.no_such_person"
	EAmbiguousPerson  = "nominee.ambiguous_person"
	ESettingRange     = "people_settings.range"
	ESettingNoForms   = "people_settings.no_forms"
	ELabelLong        = "people_settings.label_long"

	// Findings of the checker that no rule of law stands behind: the
	// data is wrong.
	EUnknownPerson = "nominee_check.unknown_person"
	EDuplicate     = "nominee_check.duplicate"
	EInvalid       = "nominee_check.invalid"
)
