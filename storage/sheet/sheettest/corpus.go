package sheettest

import (
	"bytes"
	"fmt"
	"strings"
)

// The corpus: odd workbooks of the kinds offices pass around and of the
// kinds an attacker would make, generated (nothing binary is committed) so
// that every reader meets each of them in every test run. Each carries what
// each reader must make of it: read it, refuse it with a given message, or
// either, as long as it is one of the two.

// Outcome is what a reader must make of a workbook.
type Outcome string

const (
	// Any: read or refused with a message, never a panic or a hang.
	Any Outcome = ""
	// OK: read without error.
	OK Outcome = "ok"
	// Refused: refused with a message, whichever.
	Refused Outcome = "refused"
)

// Odd is one workbook of the corpus.
type Odd struct {
	Name string
	Data []byte
	// What the criteria, units and old score sheet readers must make of
	// it: Any, OK, or the code of the error it must be refused with.
	Criteria, Units, Scores Outcome
	// Heavy marks a file at a budget's edge: big, slow under the race
	// detector; the command-line test reads those in the real binary.
	Heavy bool
	make  func() []byte
}

// Bytes returns the workbook's file (made now, for a file made on demand).
func (o Odd) Bytes() []byte {
	if o.make != nil {
		return o.make()
	}
	return o.Data
}

// Limits are the budgets of the reader, given by the package that owns
// them so that the corpus can sit just under and just over each.
type Limits struct {
	Unpacked, Part                   int // bytes
	Parts, Sheets, Rows, Columns     int
	Cells, Merges, Strings, Text     int
	StringBytes, Styles, FileSize    int
	LimitUnpacked, LimitParts        Outcome
	LimitSheets, LimitRows           Outcome
	LimitColumns, LimitCells         Outcome
	LimitMerges, LimitStrings        Outcome
	LimitText, LimitStyles, TooLarge Outcome
	LimitTextShared                  Outcome
	Damaged, NotXLSX, OldXLS         Outcome
	NoWorksheet, DamagedSheet        Outcome
}

// criteriaSheet is the province's criteria table as RawSheet.
func criteriaSheet() RawSheet {
	rows := append([]Row{
		{"UBND TỈNH PHÚ YÊN", nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"BAN THI ĐUA - KHEN THƯỞNG", nil, "Độc lập - Tự do - Hạnh phúc"},
		{},
		{"BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA KHỐI CÁC PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI NĂM 2019"},
	}, ProvinceRows()...)
	return RawSheet{Name: ProvinceSheet, Rows: rows, Merges: []string{"A1:B1", "C1:D1", "A2:B2", "C2:D2", "A4:D4", "A7:B7"}}
}

// scoresSheet is Đồng Xuân's old score sheet as RawSheet.
func scoresSheet() RawSheet {
	rows := []Row{
		{"KHỐI THI ĐUA CÁC PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"Đơn vị: Phòng LĐTBXH huyện Đồng Xuân", nil, nil, "Độc lập - Tự do - Hạnh phúc"},
		{},
		{"BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2019"},
		{"TT", "Nội dung tiêu chí", "Điểm tối đa", "Số liệu", "Điểm tự chấm", "Ghi chú"},
		{"A", "B", "1", "2", "3", "4"},
	}
	rows = append(rows, OldScoreRows()...)
	rows = append(rows, Row{nil, "Tổng cộng", 100, nil, 95}, Row{},
		Row{nil, nil, nil, "Đồng Xuân, ngày 10 tháng 12 năm 2019"}, Row{nil, nil, nil, "THỦ TRƯỞNG ĐƠN VỊ"})
	return RawSheet{Name: OldScoreSheetName, Rows: rows, Merges: []string{"A4:F4"}}
}

// unitsSheet is a list of member units as RawSheet.
func unitsSheet() RawSheet {
	return RawSheet{Name: "Đơn vị", Rows: []Row{
		{"DANH SÁCH ĐƠN VỊ THÀNH VIÊN CỤM THI ĐUA SỐ 3"},
		{},
		{"Mã", "Tên đơn vị", "Tên gọn", "Loại"},
		{"XUANLANH", "Ủy ban nhân dân xã Xuân Lãnh", "Xuân Lãnh", "Xã"},
		{"XUANPHUOC", "Ủy ban nhân dân xã Xuân Phước", "Xuân Phước", "Xã"},
		{"PHUONGSC", "Ủy ban nhân dân phường Sông Cầu", "Sông Cầu", "Phường"},
	}, Merges: []string{"A1:D1"}}
}

// table is one of the three kinds of workbook thidua reads, and what each
// reader must make of a sound one.
type table struct {
	kind                    string
	sheet                   func() RawSheet
	criteria, units, scores Outcome
	layout                  Layout
}

func tables() []table {
	return []table{
		{"criteria", criteriaSheet, OK, Any, Any, Layout{}},
		{"scores", scoresSheet, Any, Any, OK, Layout{Percent: map[string]bool{"D9": true}}},
		{"units", unitsSheet, Any, OK, Any, Layout{}},
	}
}

// Corpus returns the odd workbooks: every shape of a sound table (no
// styles, inline strings, strict OOXML, a chart sheet first, cells far to
// the right…), each budget just under and just over its limit, and broken
// files (truncated, flipped bytes, broken XML, wrong parts). lim gives the
// reader's budgets and its error codes.
func Corpus(lim Limits) []Odd {
	var out []Odd
	add := func(name string, data []byte, c, u, s Outcome) {
		out = append(out, Odd{Name: name, Data: data, Criteria: c, Units: u, Scores: s})
	}
	for _, t := range tables() {
		for _, v := range shapes() {
			l := t.layout
			l.Inline, l.NoStyles, l.NoRefs, l.Strict, l.Prefix = v.layout.Inline, v.layout.NoStyles, v.layout.NoRefs, v.layout.Strict, v.layout.Prefix
			sheets := v.sheets(t.sheet())
			p := Raw(l, sheets...)
			if v.edit != nil {
				v.edit(p)
			}
			c, u, s := t.criteria, t.units, t.scores
			if v.anyOutcome {
				c, u, s = Any, Any, Any
			}
			if v.noPercent && t.kind == "scores" {
				s = Any // without styles the percentage is not known
			}
			add(t.kind+"/"+v.name, p.Bytes(), c, u, s)
		}
		out = append(out, broken(t, lim)...)
	}
	out = append(out, limits(lim)...)
	out = append(out, hostile(lim)...)
	return out
}

// shape is one way of writing a sound table.
type shape struct {
	name       string
	layout     Layout
	sheets     func(RawSheet) []RawSheet
	edit       func(*Pkg)
	anyOutcome bool // the shape may change what is read (or not)
	noPercent  bool
}

func one(s RawSheet) []RawSheet { return []RawSheet{s} }

// shapes is every way a workbook of the corpus is written, in a fixed
// order: how its XML is laid out, then how its package is put together.
func shapes() []shape { return append(layoutShapes(), packageShapes()...) }

// layoutShapes write the same sheet's XML in each form producers use, and
// put another sheet first.
func layoutShapes() []shape {
	blank := RawSheet{Name: "Trống"}
	return []shape{
		{name: "plain", sheets: one},
		{name: "no-styles-part", layout: Layout{NoStyles: true}, sheets: one, noPercent: true},
		{name: "inline-strings", layout: Layout{Inline: true}, sheets: one},
		{name: "inline-no-styles", layout: Layout{Inline: true, NoStyles: true}, sheets: one, noPercent: true},
		{name: "no-cell-refs", layout: Layout{NoRefs: true}, sheets: one},
		{name: "strict-ooxml", layout: Layout{Strict: true}, sheets: one},
		{name: "prefixed-elements", layout: Layout{Prefix: "x:"}, sheets: one},
		{name: "strict-prefixed-inline", layout: Layout{Strict: true, Prefix: "s:", Inline: true}, sheets: one},
		{name: "chart-sheet-first", sheets: func(s RawSheet) []RawSheet { return []RawSheet{{Name: "Biểu đồ", Chart: true}, s} }},
		{name: "empty-sheet-first", sheets: func(s RawSheet) []RawSheet { return []RawSheet{blank, s} }},
		{name: "drawing-only-sheet-first", sheets: func(s RawSheet) []RawSheet { return []RawSheet{{Name: "Hình"}, s} },
			edit: func(p *Pkg) {
				p.Replace("xl/worksheets/sheet1.xml", "</sheetData>", `</sheetData><drawing r:id="rId9"/>`)
				p.SetString("xl/drawings/drawing1.xml", `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>`)
				p.Set("xl/media/image1.png", bytes.Repeat([]byte{0x89, 'P', 'N', 'G'}, 4096))
			}},
	}
}

// packageShapes change the package around the sheet (content types,
// relationships, part names, compression) and imitate other producers.
func packageShapes() []shape {
	return []shape{
		{name: "no-content-types", sheets: one, edit: func(p *Pkg) { p.Del("[Content_Types].xml") }},
		{name: "wrong-content-types", sheets: one, edit: func(p *Pkg) {
			p.SetString("[Content_Types].xml", `<Types><Default Extension="xml" ContentType="text/plain"/></Types>`)
		}},
		{name: "garbage-content-types", sheets: one, edit: func(p *Pkg) { p.SetString("[Content_Types].xml", "<<<not xml") }},
		{name: "no-package-rels", sheets: one, edit: func(p *Pkg) { p.Del("_rels/.rels") }},
		{name: "workbook-elsewhere", sheets: one, edit: func(p *Pkg) {
			p.Rename("xl/workbook.xml", "xl/book.xml").Rename("xl/_rels/workbook.xml.rels", "xl/_rels/book.xml.rels")
			p.Replace("_rels/.rels", "xl/workbook.xml", "xl/book.xml")
		}},
		{name: "absolute-targets", sheets: one, edit: func(p *Pkg) {
			p.Replace("xl/_rels/workbook.xml.rels", `Target="worksheets/`, `Target="/xl/worksheets/`)
		}},
		{name: "upper-case-part-names", sheets: one, edit: func(p *Pkg) {
			p.Rename("xl/worksheets/sheet1.xml", "XL/Worksheets/Sheet1.XML")
		}},
		{name: "stored-not-deflated", sheets: one, edit: func(p *Pkg) {
			for _, n := range append([]string(nil), p.names...) {
				p.Store(n)
			}
		}},
		{name: "rows-out-of-order", sheets: one, edit: func(p *Pkg) { reverseRows(p, "xl/worksheets/sheet1.xml") }},
		{name: "far-right-cells", sheets: func(s RawSheet) []RawSheet {
			for i := range s.Rows {
				for len(s.Rows[i]) < 16384 && i%7 == 3 {
					s.Rows[i] = append(s.Rows[i], nil)
				}
				if i%7 == 3 {
					s.Rows[i] = append(s.Rows[i][:16383], "ghi chú lạc ở cột XFD")
				}
			}
			return one(s)
		}, anyOutcome: true},
		{name: "libreoffice-like", sheets: one, edit: func(p *Pkg) {
			p.Replace("xl/worksheets/sheet1.xml", "<sheetData>",
				`<sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><dimension ref="A1:D31"/><sheetViews><sheetView showFormulas="false" tabSelected="true" zoomScale="100" workbookViewId="0"><selection pane="topLeft" activeCell="A1" sqref="A1"/></sheetView></sheetViews><sheetFormatPr defaultColWidth="8.6796875" defaultRowHeight="15" zeroHeight="false" outlineLevelRow="0" outlineLevelCol="0"/><cols><col collapsed="false" customWidth="true" hidden="false" outlineLevel="0" max="1" min="1" style="0" width="8"/></cols><sheetData>`)
			p.Replace("xl/worksheets/sheet1.xml", "</worksheet>", `<printOptions headings="false" gridLines="false"/><pageMargins left="0.7875" right="0.7875" top="1.05277777777778" bottom="1.05277777777778" header="0.7875" footer="0.7875"/></worksheet>`)
		}},
		{name: "google-sheets-like", sheets: one, edit: func(p *Pkg) {
			p.Replace("xl/worksheets/sheet1.xml", "<sheetData>", `<sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr customHeight="1" defaultColWidth="12.63" defaultRowHeight="15.75"/><sheetData>`)
			p.Replace("xl/worksheets/sheet1.xml", `<row r="`, `<row customHeight="1" ht="15.75" r="`)
		}},
		{name: "wps-like", sheets: one, edit: func(p *Pkg) {
			p.Replace("xl/worksheets/sheet1.xml", "</worksheet>", `<extLst><ext uri="{2D9387EB-5337-4D45-933B-B4D357D02E09}" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"><etc:cellMonitors/></ext></extLst></worksheet>`)
		}},
		{name: "ooxml-escapes", sheets: one, edit: func(p *Pkg) {
			p.Replace("xl/sharedStrings.xml", "Hạnh phúc", "Hạnh_x000D__x000A_phúc")
		}},
		{name: "formulas-without-results", sheets: func(s RawSheet) []RawSheet {
			for i, r := range s.Rows {
				for c, v := range r {
					if n, ok := v.(int); ok && c >= 2 {
						s.Rows[i][c] = Formula(fmt.Sprintf("%d+0", n))
					}
				}
			}
			return one(s)
		}},
		{name: "hidden-state-and-defined-names", sheets: one, edit: func(p *Pkg) {
			p.Replace("xl/workbook.xml", "</sheets>", `</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'x'!$A$1:$D$30</definedName></definedNames>`)
		}},
		{name: "external-link-relationship", sheets: one, edit: func(p *Pkg) {
			p.Replace("xl/_rels/workbook.xml.rels", "</Relationships>", `<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="file:///etc/passwd" TargetMode="External"/></Relationships>`)
		}},
		{name: "directory-entries", sheets: one, edit: func(p *Pkg) { p.Set("xl/", nil).Set("xl/worksheets/", nil) }},
		{name: "many-small-merges", sheets: func(s RawSheet) []RawSheet {
			for i := 0; i < 5000; i++ {
				s.Merges = append(s.Merges, fmt.Sprintf("H%d:I%d", i+1, i+1))
			}
			return one(s)
		}},
	}
}

// reverseRows writes a worksheet's rows in reverse order.
func reverseRows(p *Pkg, name string) {
	s := string(p.Part(name))
	start, end := strings.Index(s, "<sheetData>")+len("<sheetData>"), strings.Index(s, "</sheetData>")
	rows := strings.SplitAfter(s[start:end], "</row>")
	var b strings.Builder
	for i := len(rows) - 1; i >= 0; i-- {
		b.WriteString(rows[i])
	}
	p.SetString(name, s[:start]+b.String()+s[end:])
}
