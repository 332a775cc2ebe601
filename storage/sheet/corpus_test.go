package sheet

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage/sheet/sheettest"
)

// corpusLimits are the reader's budgets and error codes, for the corpus
// (the command-line tests build the same from Budgets).
func corpusLimits() sheettest.Limits {
	o := func(code string) sheettest.Outcome { return sheettest.Outcome(code) }
	b := Budgets()
	return sheettest.Limits{
		Unpacked: b.Unpacked, Part: b.Part, Parts: b.Parts, Sheets: b.Sheets, Rows: b.Rows,
		Columns: b.Columns, Cells: b.Cells, Merges: b.Merges, Strings: b.Strings, Text: b.Text,
		StringBytes: b.StringBytes, Styles: b.Styles, FileSize: b.FileSize,
		LimitUnpacked: o(ELimitUnpacked), LimitParts: o(ELimitParts), LimitSheets: o(ELimitSheets),
		LimitRows: o(ELimitRows), LimitColumns: o(ELimitColumns), LimitCells: o(ELimitCells),
		LimitMerges: o(ELimitMerges), LimitStrings: o(ELimitStrings), LimitText: o(ELimitText),
		LimitTextShared: o(ELimitTextShared), LimitStyles: o(ELimitStyles), TooLarge: o(ETooLarge),
		Damaged: o(EDamaged), NotXLSX: o(ENotXLSX), OldXLS: o(EOldXLS), NoWorksheet: o(ENoWorksheet),
		DamagedSheet: o(EDamagedSheet),
	}
}

// technical are fragments of the English of the layers below (zip, XML,
// the operating system, Go) that must never reach a person.
var technical = []string{"zip:", "xml:", "XML syntax", "flate", "unexpected EOF", "panic", "runtime error",
	"goroutine", "invalid memory", "index out of range", "%!", "nil pointer", "checksum", "not a valid zip",
	"unzip size", "exceeds", "no such file", ".go:", "0x"}

// checkMessage fails when err's message is not a proper message for
// people in both languages.
func checkMessage(t *testing.T, what string, err error) {
	t.Helper()
	var loc i18n.Localizer
	if !errors.As(err, &loc) {
		t.Errorf("%s: not a message for people: %v", what, err)
		return
	}
	for _, l := range []i18n.Lang{i18n.VI, i18n.EN} {
		msg := model.Message(l, err)
		for _, frag := range technical {
			if strings.Contains(msg, frag) {
				t.Errorf("%s (%s): %q carries %q", what, l, msg, frag)
			}
		}
	}
}

// staffOutcome is what the staff reader makes of a file of the corpus:
// what the budgets and the workbook's reading decide for the units'
// reader, else read or refused with a message.
func staffOutcome(o sheettest.Odd) sheettest.Outcome {
	switch w := string(o.Units); {
	case strings.HasPrefix(w, "sheet.limit"), w == ETooLarge, w == EDamaged, w == ENotXLSX, w == EOldXLS, w == ENoWorksheet,
		w == EDamagedSheet:
		return o.Units
	}
	return sheettest.Any
}

// Every workbook of the corpus goes to every reader: each is read or
// refused with a message for people in both languages, never a panic, and
// a file at a budget is refused by the budget's name.
func TestCorpus(t *testing.T) {
	corpus := sheettest.Corpus(corpusLimits())
	if len(corpus) < 300 {
		t.Fatalf("the corpus has %d files, want at least 300", len(corpus))
	}
	d := openDemo(t)
	readers := []struct {
		name string
		want func(sheettest.Odd) sheettest.Outcome
		read func([]byte) error
	}{
		{"criteria", func(o sheettest.Odd) sheettest.Outcome { return o.Criteria }, func(b []byte) error {
			_, err := ReadCriteria(bytes.NewReader(b))
			return err
		}},
		{"units", func(o sheettest.Odd) sheettest.Outcome { return o.Units }, func(b []byte) error {
			_, err := ReadUnits(bytes.NewReader(b))
			return err
		}},
		// A staff list goes through the same budgets: a file a budget or a
		// damage refuses is refused the same way; any other is read or
		// refused with a message.
		{"staff", staffOutcome, func(b []byte) error {
			_, err := ReadStaff(bytes.NewReader(b), 2026)
			return err
		}},
		{"scores", func(o sheettest.Odd) sheettest.Outcome { return o.Scores }, func(b []byte) error {
			_, err := ReadScores(bytes.NewReader(b), ScoreOptions{Tree: d.tree, Units: d.units, Stage: model.StageSelf})
			return err
		}},
	}
	var worst time.Duration
	worstName := ""
	read := 0
	for _, o := range corpus {
		if o.Heavy && (raceDetector || testing.Short()) {
			continue
		}
		data := o.Bytes()
		for _, r := range readers {
			what := r.name + " " + o.Name
			start := time.Now()
			err := func() (err error) {
				defer func() {
					if p := recover(); p != nil {
						err = fmt.Errorf("PANIC %v", p)
						t.Errorf("%s: panic: %v", what, p)
					}
				}()
				return r.read(data)
			}()
			if took := time.Since(start); took > worst {
				worst, worstName = took, what
			}
			read++
			want := r.want(o)
			if err != nil {
				checkMessage(t, what, err)
			}
			switch {
			case want == sheettest.Any:
			case want == sheettest.OK:
				if err != nil {
					t.Errorf("%s: refused: %s", what, model.Message(i18n.VI, err))
				}
			case want == sheettest.Refused:
				if err == nil {
					t.Errorf("%s: read, want it refused", what)
				}
			case model.ErrorCode(err) != string(want):
				t.Errorf("%s: got %s (%v), want %s", what, model.ErrorCode(err), err, want)
			}
			if strings.HasPrefix(o.Name, "limit/under-") && isLimit(err) {
				t.Errorf("%s: refused at a budget it is under: %v", what, err)
			}
		}
	}
	t.Logf("%d files, %d reads; slowest: %s in %v", len(corpus), read, worstName, worst)
}
