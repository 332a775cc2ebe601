package exchange

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
	"thidua/storage/exchange/wire"
)

// Manifest is a file's one-row, signed description (merge.md §2.3).
type Manifest struct {
	Format          int64          `json:"format_version"`
	Kind            model.FileKind `json:"kind"`
	AuthorRole      model.Role     `json:"author_role"`
	BlocID          string         `json:"bloc_id"`
	BlocCode        string         `json:"bloc_code"`
	PeriodID        string         `json:"period_id"`
	PeriodCode      string         `json:"period_code"`
	AuthorID        string         `json:"author_unit_id"`
	AuthorCode      string         `json:"author_unit_code"`
	AddresseeID     string         `json:"addressee_unit_id,omitempty"`
	AddresseeCode   string         `json:"addressee_code,omitempty"`
	CriteriaVersion string         `json:"criteria_version"`
	Seq             int64          `json:"export_seq"`
	PrevHash        string         `json:"prev_content_hash,omitempty"`
	CreatedAt       string         `json:"created_at"`
	AppVersion      string         `json:"app_version"`
	ContentHash     string         `json:"content_hash"`
	PublicKey       []byte         `json:"public_key"`
	EnrolMAC        []byte         `json:"enroll_mac,omitempty"`
	EnrolCode       []byte         `json:"-"` // never stored outside the setup file
	Signature       []byte         `json:"signature"`
}

// manifestRow is a manifest as a row of the file's manifest table.
type manifestRow facts.Row

// get returns a column by name.
func (r manifestRow) get(name string) any { return r[facts.Manifest.Col(name)] }

// nullable stores "" (or an empty blob) as NULL: optional columns are
// either NULL or filled, never empty, so a manifest has one canonical form.
func nullable(v any) any {
	switch x := v.(type) {
	case string:
		if x == "" {
			return nil
		}
	case []byte:
		if len(x) == 0 {
			return nil
		}
	}
	return v
}

// row returns the manifest in column order.
func (m *Manifest) row() manifestRow {
	return manifestRow{int64(1), m.Format, m.Kind.String(), m.AuthorRole.String(), m.BlocID, m.BlocCode,
		m.PeriodID, m.PeriodCode, m.AuthorID, m.AuthorCode, nullable(m.AddresseeID), nullable(m.AddresseeCode),
		m.CriteriaVersion, m.Seq, nullable(m.PrevHash), m.CreatedAt, m.AppVersion, m.ContentHash,
		m.PublicKey, nullable(m.EnrolMAC), nullable(m.EnrolCode), m.Signature}
}

// parseManifest reads a manifest row whose storage classes were checked;
// it refuses values the honest writer never makes.
func parseManifest(r manifestRow) (Manifest, error) {
	str := func(n string) string { s, _ := r.get(n).(string); return s }
	blob := func(n string) []byte { b, _ := r.get(n).([]byte); return b }
	num := func(n string) int64 { v, _ := r.get(n).(int64); return v }
	m := Manifest{Format: num("format_version"), BlocID: str("bloc_id"), BlocCode: str("bloc_code"),
		PeriodID: str("period_id"), PeriodCode: str("period_code"), AuthorID: str("author_unit_id"),
		AuthorCode: str("author_unit_code"), AddresseeID: str("addressee_unit_id"), AddresseeCode: str("addressee_code"),
		CriteriaVersion: str("criteria_version"), Seq: num("export_seq"), PrevHash: str("prev_content_hash"),
		CreatedAt: str("created_at"), AppVersion: str("app_version"), ContentHash: str("content_hash"),
		PublicKey: blob("public_key"), EnrolMAC: blob("enroll_mac"), EnrolCode: blob("enroll_code"),
		Signature: blob("signature")}
	var ok bool
	if m.Kind, ok = model.ParseFileKind(str("kind")); !ok {
		return m, fmt.Errorf("kind %q", str("kind"))
	}
	if m.AuthorRole, ok = model.ParseRole(str("author_role")); !ok || m.AuthorRole.String() != str("author_role") {
		return m, fmt.Errorf("author_role %q", str("author_role"))
	}
	for i, c := range facts.Manifest.Cols {
		if c.Null && r[i] != nil && nullable(r[i]) == nil {
			return m, fmt.Errorf("%s is empty instead of NULL", c.Name)
		}
	}
	want := model.RoleLeader
	switch m.Kind {
	case model.KindSubmission:
		want = model.RoleUnit
	case model.KindDecision:
		want = model.RoleProvince
	case model.KindHandover:
		if m.AuthorRole == model.RoleProvince {
			want = model.RoleProvince // the province's confirmation of a new leader
		}
	}
	switch {
	case m.Format < wire.Oldest || m.Format > wire.Version:
		return m, fmt.Errorf("format_version %d", m.Format)
	case m.AuthorRole != want:
		return m, fmt.Errorf("a %s file signed as %s", m.Kind, m.AuthorRole)
	case m.BlocID == "" || m.PeriodID == "" || m.AuthorID == "" || m.CriteriaVersion == "" || m.ContentHash == "":
		return m, fmt.Errorf("an identity column is empty")
	case (m.Kind == model.KindSetup || m.Kind == model.KindHandover) != (m.AddresseeID != ""),
		(m.Kind == model.KindSetup) != (len(m.EnrolCode) == 16),
		m.Kind != model.KindSubmission && m.EnrolMAC != nil:
		return m, fmt.Errorf("setup-only columns do not match the kind %s", m.Kind)
	}
	if _, err := time.Parse(time.RFC3339, m.CreatedAt); err != nil {
		return m, fmt.Errorf("created_at %q", m.CreatedAt)
	}
	return m, nil
}

// Info is what the manifest says, for people.
func (m *Manifest) Info() model.FileInfo {
	return model.FileInfo{Kind: m.Kind, BlocCode: m.BlocCode, PeriodID: m.PeriodID, PeriodCode: m.PeriodCode, AuthorCode: m.AuthorCode,
		AddresseeID: m.AddresseeID, AddresseeCode: m.AddresseeCode, Seq: m.Seq, ContentHash: m.ContentHash,
		Fingerprint: m.Fingerprint()}
}

// Fingerprint returns the author's key as people read it aloud.
func (m *Manifest) Fingerprint() string { return model.Fingerprint(m.PublicKey) }

// KeyID returns the author's key id.
func (m *Manifest) KeyID() string { return model.KeyID(m.PublicKey) }

// Created returns the author's clock at export (shown only).
func (m *Manifest) Created() time.Time {
	t, _ := time.Parse(time.RFC3339, m.CreatedAt)
	return t
}

// Receipt is the short code both sides read to confirm a version.
func (m *Manifest) Receipt() string { return model.Receipt(m.Seq, m.ContentHash) }

// JSON returns the manifest as kept with an applied submission.
func (m *Manifest) JSON() string {
	b, _ := json.Marshal(m)
	return string(b)
}

// manifestFromJSON reads a manifest kept with an applied submission.
func manifestFromJSON(s string) (Manifest, error) {
	var m Manifest
	err := json.Unmarshal([]byte(s), &m)
	return m, err
}

// Embedded returns a submission's manifest as a row of a bloc file's
// unit_submission table.
func (m *Manifest) Embedded() facts.Row {
	full := m.row()
	t := facts.MustTable(facts.TUnitSigned)
	out := make(facts.Row, len(t.Cols))
	for i, c := range t.Cols {
		name := c.Name
		if name == "unit_id" {
			name = "author_unit_id"
		}
		out[i] = full.get(name)
	}
	return out
}

// fromEmbedded rebuilds the manifest row a unit signed from a bloc file's
// unit_submission row.
func fromEmbedded(r facts.Row) manifestRow {
	t := facts.MustTable(facts.TUnitSigned)
	out := make(manifestRow, len(facts.Manifest.Cols))
	out[0] = int64(1)
	for i, c := range t.Cols {
		name := c.Name
		if name == "unit_id" {
			name = "author_unit_id"
		}
		out[facts.Manifest.Col(name)] = r[i]
	}
	return out
}

// FileName is the name thidua gives a file it writes: ASCII, saying what
// the file is, whose, for which bloc and period, and which version (the
// seq). The importer never reads it; the manifest decides.
func FileName(m Manifest) string {
	part := func(s string) string {
		out := strings.ToUpper(storage.NamePart(s))
		if len(out) > 24 {
			out = out[:24]
		}
		return out
	}
	var what string
	switch m.Kind {
	case model.KindSetup:
		what = "thietlap-" + part(m.BlocCode) + "-" + part(m.AddresseeCode)
	case model.KindSubmission:
		what = "tucham-" + part(m.PeriodCode) + "-" + part(m.BlocCode) + "-" + part(m.AuthorCode)
	case model.KindDecision:
		what = "quyetdinh-" + part(m.PeriodCode) + "-" + part(m.BlocCode)
	case model.KindHandover:
		what = "bangiao-" + part(m.BlocCode) + "-" + part(m.AddresseeCode)
		if m.AuthorRole == model.RoleProvince {
			what = "xacnhan-" + part(m.BlocCode) + "-" + part(m.AddresseeCode)
		}
	default:
		what = "khoi-" + part(m.PeriodCode) + "-" + part(m.BlocCode)
	}
	return fmt.Sprintf("TD-%s-L%d.sqlite", what, m.Seq)
}
