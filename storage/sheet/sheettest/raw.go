package sheettest

import (
	"fmt"
	"html"
	"strconv"
	"strings"
)

// Namespaces of the two flavours of OOXML.
const (
	nsMain       = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel        = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsStrictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main"
	nsStrictRel  = "http://purl.oclc.org/ooxml/officeDocument/relationships"
)

// Layout says how Raw writes a workbook.
type Layout struct {
	Inline   bool // inline strings instead of the shared-string table
	NoStyles bool // no styles part
	NoRefs   bool // rows and cells without r attributes
	Strict   bool // strict OOXML namespaces and relationship types
	Prefix   string
	// Fonts gives cells a font (".VnTime"): cell name → font.
	Fonts map[string]string
	// Percent shows these cells as percentages.
	Percent map[string]bool
}

// RawSheet is one worksheet of Raw.
type RawSheet struct {
	Name   string
	Rows   []Row
	Merges []string // "A1:B1"
	Chart  bool     // a chart sheet, no cells
}

// Raw writes a workbook part by part, as the package p, in the layout l.
func Raw(l Layout, sheets ...RawSheet) *Pkg {
	p := NewPkg()
	w := newRawWriter(l)
	var types strings.Builder
	types.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`)
	pre, relType := w.pre, w.relType
	var book, brels strings.Builder
	fmt.Fprintf(&book, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><%sworkbook %s xmlns:r="%s"><%ssheets>`, pre, w.xmlns, w.rel, pre)
	fmt.Fprintf(&brels, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for i, s := range sheets {
		id := fmt.Sprintf("rId%d", i+1)
		fmt.Fprintf(&book, `<%ssheet name="%s" sheetId="%d" r:id="%s"/>`, pre, html.EscapeString(xmlText(s.Name)), i+1, id)
		if s.Chart {
			name := fmt.Sprintf("xl/chartsheets/sheet%d.xml", i+1)
			fmt.Fprintf(&brels, `<Relationship Id="%s" Type="%schartsheet" Target="chartsheets/sheet%d.xml"/>`, id, relType, i+1)
			p.SetString(name, fmt.Sprintf(`<?xml version="1.0"?><%schartsheet %s><%ssheetViews/></%schartsheet>`, pre, w.xmlns, pre, pre))
			continue
		}
		name := fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1)
		fmt.Fprintf(&brels, `<Relationship Id="%s" Type="%sworksheet" Target="worksheets/sheet%d.xml"/>`, id, relType, i+1)
		fmt.Fprintf(&types, `<Override PartName="/%s" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, name)
		p.SetString(name, w.worksheet(s))
	}
	fmt.Fprintf(&book, `</%ssheets></%sworkbook>`, pre, pre)
	n := len(sheets)
	if len(w.sst) > 0 {
		n++
		fmt.Fprintf(&brels, `<Relationship Id="rId%d" Type="%ssharedStrings" Target="sharedStrings.xml"/>`, n, relType)
		fmt.Fprintf(&types, `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`)
		p.SetString("xl/sharedStrings.xml", w.sharedStrings())
	}
	if !l.NoStyles {
		n++
		fmt.Fprintf(&brels, `<Relationship Id="rId%d" Type="%sstyles" Target="styles.xml"/>`, n, relType)
		fmt.Fprintf(&types, `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`)
		p.SetString("xl/styles.xml", w.styles())
	}
	brels.WriteString(`</Relationships>`)
	types.WriteString(`</Types>`)
	p.SetString("xl/workbook.xml", book.String())
	p.SetString("xl/_rels/workbook.xml.rels", brels.String())
	p.SetString("_rels/.rels", fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+
		`<Relationship Id="rId1" Type="%sofficeDocument" Target="xl/workbook.xml"/></Relationships>`, relType))
	p.SetString("[Content_Types].xml", types.String())
	// Put the package's own parts first, as Excel does.
	p.names = append([]string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"},
		filterOut(p.names, "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels")...)
	return p
}

// rawWriter writes the parts of Raw in one layout: the namespaces and
// prefix, and the shared strings, fonts and cell formats the sheets
// collect as they are written.
type rawWriter struct {
	l                        Layout
	pre, xmlns, rel, relType string
	sst                      []string
	index                    map[string]int
	fonts                    []string
	xfs                      []rawXF
}

// rawXF is a cell format: a font and whether it shows a percentage.
type rawXF struct {
	font    int
	percent bool
}

func newRawWriter(l Layout) *rawWriter {
	w := &rawWriter{l: l, pre: l.Prefix, rel: nsRel, index: map[string]int{}, fonts: []string{"Times New Roman"},
		xfs: []rawXF{{0, false}}, relType: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"}
	main := nsMain
	if l.Strict {
		main, w.rel = nsStrictMain, nsStrictRel
		w.relType = "http://purl.oclc.org/ooxml/officeDocument/relationships/"
	}
	w.xmlns = fmt.Sprintf(`xmlns="%s"`, main)
	if w.pre != "" {
		w.xmlns = fmt.Sprintf(`xmlns:%s="%s"`, strings.TrimSuffix(w.pre, ":"), main)
	}
	return w
}

// style is the cell format of the cell at ref: 0, or a new one with the
// font or percentage the layout gives it.
func (w *rawWriter) style(ref string) int {
	f, ok := w.l.Fonts[ref]
	pc := w.l.Percent[ref]
	if !ok && !pc {
		return 0
	}
	fi := 0
	if ok {
		w.fonts = append(w.fonts, f)
		fi = len(w.fonts) - 1
	}
	w.xfs = append(w.xfs, rawXF{fi, pc})
	return len(w.xfs) - 1
}

// worksheet is the XML of one sheet.
func (w *rawWriter) worksheet(s RawSheet) string {
	pre := w.pre
	var ws strings.Builder
	fmt.Fprintf(&ws, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><%sworksheet %s xmlns:r="%s"><%ssheetData>`, pre, w.xmlns, w.rel, pre)
	for r, row := range s.Rows {
		if w.l.NoRefs {
			fmt.Fprintf(&ws, `<%srow>`, pre)
		} else {
			fmt.Fprintf(&ws, `<%srow r="%d">`, pre, r+1)
		}
		for c, v := range row {
			w.cell(&ws, r, c, v)
		}
		fmt.Fprintf(&ws, `</%srow>`, pre)
	}
	fmt.Fprintf(&ws, `</%ssheetData>`, pre)
	if len(s.Merges) > 0 {
		fmt.Fprintf(&ws, `<%smergeCells count="%d">`, pre, len(s.Merges))
		for _, m := range s.Merges {
			fmt.Fprintf(&ws, `<%smergeCell ref="%s"/>`, pre, m)
		}
		fmt.Fprintf(&ws, `</%smergeCells>`, pre)
	}
	fmt.Fprintf(&ws, `</%sworksheet>`, pre)
	return ws.String()
}

// cell writes one cell: text shared or inline, a number or a formula.
func (w *rawWriter) cell(ws *strings.Builder, r, c int, v any) {
	pre := w.pre
	ref := CellRef(r, c)
	if v == nil {
		if w.l.NoRefs {
			fmt.Fprintf(ws, `<%sc/>`, pre)
		}
		return
	}
	attrs := ""
	if !w.l.NoRefs {
		attrs = fmt.Sprintf(` r="%s"`, ref)
	}
	if st := w.style(ref); st > 0 {
		attrs += fmt.Sprintf(` s="%d"`, st)
	}
	switch v := v.(type) {
	case string:
		if w.l.Inline {
			fmt.Fprintf(ws, `<%sc%s t="inlineStr"><%sis><%st>%s</%st></%sis></%sc>`, pre, attrs, pre, pre, xmlText(v), pre, pre, pre)
			return
		}
		k, ok := w.index[v]
		if !ok {
			k = len(w.sst)
			w.index[v] = k
			w.sst = append(w.sst, v)
		}
		fmt.Fprintf(ws, `<%sc%s t="s"><%sv>%d</%sv></%sc>`, pre, attrs, pre, k, pre, pre)
	case int:
		fmt.Fprintf(ws, `<%sc%s><%sv>%d</%sv></%sc>`, pre, attrs, pre, v, pre, pre)
	case float64:
		fmt.Fprintf(ws, `<%sc%s><%sv>%s</%sv></%sc>`, pre, attrs, pre, strconv.FormatFloat(v, 'g', -1, 64), pre, pre)
	case Formula:
		fmt.Fprintf(ws, `<%sc%s><%sf>%s</%sf></%sc>`, pre, attrs, pre, html.EscapeString(string(v)), pre, pre)
	default:
		panic(fmt.Sprintf("sheettest: cell of type %T", v))
	}
}

// sharedStrings is the XML of the shared strings the sheets used.
func (w *rawWriter) sharedStrings() string {
	pre := w.pre
	var ss strings.Builder
	fmt.Fprintf(&ss, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><%ssst %s count="%d" uniqueCount="%d">`, pre, w.xmlns, len(w.sst), len(w.sst))
	for _, s := range w.sst {
		fmt.Fprintf(&ss, `<%ssi><%st xml:space="preserve">%s</%st></%ssi>`, pre, pre, xmlText(s), pre, pre)
	}
	fmt.Fprintf(&ss, `</%ssst>`, pre)
	return ss.String()
}

// styles is the XML of the fonts and cell formats the sheets used.
func (w *rawWriter) styles() string {
	pre := w.pre
	var st strings.Builder
	fmt.Fprintf(&st, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><%sstyleSheet %s><%snumFmts count="1"><%snumFmt numFmtId="164" formatCode="0.0%%"/></%snumFmts><%sfonts count="%d">`, pre, w.xmlns, pre, pre, pre, pre, len(w.fonts))
	for _, f := range w.fonts {
		fmt.Fprintf(&st, `<%sfont><%ssz val="13"/><%sname val="%s"/></%sfont>`, pre, pre, pre, html.EscapeString(f), pre)
	}
	fmt.Fprintf(&st, `</%sfonts><%scellXfs count="%d">`, pre, pre, len(w.xfs))
	for _, x := range w.xfs {
		num := 0
		if x.percent {
			num = 164
		}
		fmt.Fprintf(&st, `<%sxf numFmtId="%d" fontId="%d"/>`, pre, num, x.font)
	}
	fmt.Fprintf(&st, `</%scellXfs></%sstyleSheet>`, pre, pre)
	return st.String()
}

// xmlText escapes text for XML as Excel does: the control characters XML
// cannot hold become "_xHHHH_".
func xmlText(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' || r >= 0x7f && r < 0xa0 {
			fmt.Fprintf(&b, "_x%04X_", r)
			continue
		}
		b.WriteRune(r)
	}
	return html.EscapeString(b.String())
}

// Formula is a cell holding a formula without its result, as scripts
// write them.
type Formula string

// CellRef names the cell at a 0-based row and column ("B7").
func CellRef(row, col int) string {
	name := ""
	for c := col + 1; c > 0; c = (c - 1) / 26 {
		name = string(rune('A'+(c-1)%26)) + name
	}
	return name + strconv.Itoa(row+1)
}
