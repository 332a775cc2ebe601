package exchange

import (
	"encoding/json"

	"thidua/model"
	"thidua/model/facts"
	"thidua/model/i18n"
)

// fileReport is the saved report of one file: status, reason and warnings
// in both languages, counts and receipt.
type fileReport struct {
	Name     string              `json:"name"`
	Unit     string              `json:"unit,omitempty"`
	Bloc     string              `json:"bloc,omitempty"`
	Period   string              `json:"period,omitempty"`
	Status   string              `json:"status"`
	Hold     string              `json:"hold,omitempty"`
	Reason   map[string]string   `json:"reason,omitempty"`
	Warnings []map[string]string `json:"warnings,omitempty"`
	Counts   facts.Counts        `json:"counts"`
	Receipt  string              `json:"receipt,omitempty"`
}

func bilingual(e *model.Error) map[string]string {
	return map[string]string{"code": e.Code, "vi": e.Localize(i18n.VI), "en": e.Localize(i18n.EN)}
}

// report returns the JSON report kept with a received file.
func report(f *File, v verdict) string {
	r := fileReport{Name: f.Name, Status: v.status.String(), Counts: v.counts}
	if v.hold != model.HoldNone {
		r.Hold = v.hold.String()
	}
	if v.reason != nil {
		r.Reason = bilingual(v.reason)
	}
	for _, w := range v.warnings {
		r.Warnings = append(r.Warnings, bilingual(w))
	}
	if f.HasManifest {
		r.Receipt, r.Unit = f.Manifest.Receipt(), v.authorTag
		r.Bloc, r.Period = f.Manifest.BlocCode, f.Manifest.PeriodCode
	}
	b, _ := json.Marshal(r)
	return string(b)
}

// rejectArchive keeps a rejected file's bytes (if not yet archived) and
// its report in the archive; the database is not touched.
func rejectArchive(dir string, o *model.MergeOutcome, f *File) {
	if o.Digest == "" {
		return
	}
	if f != nil && len(f.Bytes) > 0 {
		if _, err := archive(dir, o.Digest, f.Bytes, false); err != nil {
			return
		}
	}
	r := fileReport{Name: o.Name, Status: model.StatusRejected.String()}
	if o.Reason != nil {
		r.Reason = bilingual(o.Reason)
	}
	b, _ := json.Marshal(r)
	// Keeping a rejected file is a courtesy to whoever asks about it later:
	// a failure to keep it changes no outcome.
	_ = archiveReport(dir, o.Digest, b)
}
