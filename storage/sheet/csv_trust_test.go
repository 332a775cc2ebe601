package sheet

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"

	"thidua/model"
	"thidua/model/i18n"
)

const unitsCSV = "Mã,Tên đơn vị,Tên gọn\nXUANLANH,Ủy ban nhân dân xã Xuân Lãnh,Xuân Lãnh\nPHUONGSC,\"Phường Sông Cầu, thị xã\",Sông Cầu\n"

func encode(t *testing.T, enc interface{ Bytes([]byte) ([]byte, error) }, s string) []byte {
	t.Helper()
	b, err := enc.Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A CSV file reads the same in every encoding that says what it is: UTF-8
// with or without a byte-order mark, UTF-16 as Excel's "Unicode Text"
// writes it (a byte-order mark, tabs), and UTF-16 without one.
func TestCSVEncodings(t *testing.T) {
	tabs := strings.ReplaceAll(strings.ReplaceAll(unitsCSV, ",", "\t"), "\"Phường Sông Cầu\t thị xã\"", "\"Phường Sông Cầu, thị xã\"")
	files := map[string][]byte{
		"utf-8":              []byte(unitsCSV),
		"utf-8 bom":          append([]byte("\xef\xbb\xbf"), unitsCSV...),
		"utf-8 crlf":         []byte(strings.ReplaceAll(unitsCSV, "\n", "\r\n")),
		"utf-16le bom tabs":  encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder(), tabs),
		"utf-16be bom":       encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder(), unitsCSV),
		"utf-16le no bom":    encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder(), unitsCSV),
		"semicolons, old cr": []byte(strings.ReplaceAll(strings.ReplaceAll(unitsCSV, ",", ";"), "\n", "\r")),
	}
	for name, data := range files {
		units, err := ParseUnitsCSV(bytes.NewReader(data))
		if err != nil {
			t.Errorf("%s: %s", name, model.Message(i18n.VI, err))
			continue
		}
		if len(units) != 2 || units[0].Name != "Ủy ban nhân dân xã Xuân Lãnh" || !strings.HasPrefix(units[1].Name, "Phường Sông Cầu") {
			t.Errorf("%s: %+v", name, units)
		}
	}
}

// Bytes that are not text thidua can read for sure are refused with the
// line they are on and how to save the file as CSV UTF-8, never stored as
// broken text; quotes that do not close are refused with their line, never
// read on into the next lines.
func TestCSVRefusals(t *testing.T) {
	// VNI typing ("Phoøng" for Phòng, "Xaõ" for Xã): bytes that code page
	// 1258 would read as letters no Vietnamese word has.
	vni := "M\xe3,T\xean \xf1\xf4n\nA,Xa\xf5 An\nB,Pho\xf8ng \xd1o\xe2ng\n"
	cases := []struct {
		name, csv, code, want string
	}{
		{"vni bytes", vni, ECSVEncoding, "dòng 1"},
		{"latin-1 on line 3", "code,name\nA,Xa An\nB,Ph\xf2ng\n", ECSVEncoding, "CSV UTF-8"},
		{"nul bytes", "code,name\nA,X\x00a\n", ECSVEncoding, "dòng 2"},
		{"unterminated quote", "code,name\nA,\"Xã An\nB,Xã Bình\nC,Xã Cát\n", ECSVUnterminated, "Dòng 2"},
		{"quote swallowing a line", "code,name,note\nA,Xã An,\"chậm\nB,Xã Bình,\"ghi chú\"\n", ECSVQuote, "Dòng 3"},
		{"text after a closing quote", "code,name\nA,\"Xã\" An\n", ECSVQuote, "Dòng 2"},
		{"too wide", "code,name\n" + strings.Repeat(",", 1200) + "\n", ECSVTooWide, "Dòng 2"},
		{"empty", "", ECSVEmpty, ""},
	}
	for _, c := range cases {
		_, err := ParseUnitsCSV(strings.NewReader(c.csv))
		msg := model.Message(i18n.VI, err)
		if model.ErrorCode(err) != c.code || !strings.Contains(msg, c.want) {
			t.Errorf("%s: %s %q", c.name, model.ErrorCode(err), msg)
		}
	}
	// A quote inside an unquoted cell is only a character.
	units, err := ParseUnitsCSV(strings.NewReader("code,name\nA,Phòng \"A\" huyện\n"))
	if err != nil || units[0].Name != `Phòng "A" huyện` {
		t.Errorf("bare quote: %+v %v", units, err)
	}
}

// A CSV file longer than any table (16 MB of short lines is 700,000 rows,
// which took ten minutes and 1.2 GB to link as a criteria table, and
// 300,000 score lines two minutes and 535 MB) is refused, as a criteria
// table, a staff list, scores and units, with the line and the budget,
// before it is read as a table; one within the budget is read.
func TestCSVRowBudget(t *testing.T) {
	long := func(n int) []byte {
		var b bytes.Buffer
		b.WriteString("code,title,kind,max\nI,Phần I,group,\n")
		for i := 1; i < n; i++ {
			fmt.Fprintf(&b, "I.%d,Tiêu chí %d,standard,1\n", i, i)
		}
		return b.Bytes()
	}
	over := long(maxRows)
	if _, err := ReadCriteriaCSV(bytes.NewReader(over)); model.ErrorCode(err) != ECSVLimitRows {
		t.Errorf("criteria of %d lines: %v", maxRows+1, err)
	} else if msg := model.Message(i18n.VI, err); !strings.Contains(msg, "50000") || !strings.Contains(msg, "Không có gì được nhập") {
		t.Errorf("message: %s", msg)
	}
	if _, err := ReadStaffCSV(bytes.NewReader(over), 2024); model.ErrorCode(err) != ECSVLimitRows {
		t.Errorf("staff list of %d lines: %v", maxRows+1, err)
	}
	var scores bytes.Buffer
	scores.WriteString("unit,code,value\n")
	for i := 0; i < maxRows; i++ {
		fmt.Fprintf(&scores, "U%d,II.%d,1\n", i, i%50)
	}
	if _, err := ParseScoreCSV(bytes.NewReader(scores.Bytes()), "", model.StageSelf); model.ErrorCode(err) != ECSVLimitRows {
		t.Errorf("scores of %d lines: %v", maxRows+1, err)
	}
	if _, err := ParseUnitsCSV(bytes.NewReader(scores.Bytes())); model.ErrorCode(err) != ECSVLimitRows {
		t.Errorf("units of %d lines: %v", maxRows+1, err)
	}
	res, err := ReadCriteriaCSV(bytes.NewReader(long(2000)))
	if err != nil || len(res.Rows) != 2000 || res.Rows[1999].ParentID != res.Rows[0].ID {
		t.Errorf("2,000 criteria: %v", err)
	}
}

// Empty fields are not kept: 15 MB of separators alone (15,000 lines of
// 999 commas) held 350 MB and read as "no data"; now blank lines are
// dropped as they come, and a file of more cells than any table is
// refused with the line where it passed the budget.
func TestCSVCellBudget(t *testing.T) {
	blankLine := strings.Repeat(",", maxCSVFields-1) + "\n"
	if _, err := ParseUnitsCSV(strings.NewReader(strings.Repeat(blankLine, 2000))); model.ErrorCode(err) != ECSVEmpty {
		t.Errorf("blank lines: %v", err)
	}
	full := strings.Repeat("x,", maxCSVFields-1) + "x\n"
	_, err := ParseUnitsCSV(strings.NewReader(strings.Repeat(full, maxCSVCells/maxCSVFields+1)))
	if model.ErrorCode(err) != ECSVLimitCells {
		t.Fatalf("cells: %v", err)
	}
	if msg := model.Message(i18n.VI, err); !strings.Contains(msg, "dòng 1001") {
		t.Errorf("message: %s", msg)
	}
}
