package sheettest

import (
	"bytes"
	"fmt"
	"strings"
)

// broken returns damaged variants of a sound table: cut short, bytes
// flipped, each part's XML broken in several ways, parts missing.
func broken(t table, lim Limits) []Odd {
	var out []Odd
	l := t.layout
	sound := Raw(l, t.sheet())
	data := sound.Bytes()
	any := func(name string, d []byte) {
		out = append(out, Odd{Name: t.kind + "/" + name, Data: d})
	}
	for i := 1; i <= 16; i++ {
		n := len(data) * i / 17
		any(fmt.Sprintf("truncated-%02d", i), data[:n])
	}
	for i := 0; i < 16; i++ {
		d := append([]byte(nil), data...)
		at := (len(d)*i)/16 + 7
		if at >= len(d) {
			at = len(d) - 1
		}
		d[at] ^= 0x5A
		any(fmt.Sprintf("flipped-byte-%02d", i), d)
	}
	parts := []string{"xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
		"_rels/.rels", "xl/_rels/workbook.xml.rels"}
	breaks := []struct {
		name string
		edit func([]byte) []byte
	}{
		{"unclosed", func(b []byte) []byte { return b[:len(b)*2/3] }},
		{"junk-after", func(b []byte) []byte { return append(b, "<extra>"...) }},
		{"undefined-entity", func(b []byte) []byte {
			return bytes.Replace(b, []byte("?>"), []byte("?><!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"), 1)
		}},
		{"invalid-utf8", func(b []byte) []byte { return bytes.Replace(b, []byte("<"), []byte("\xff\xfe<"), 3) }},
		{"nul-bytes", func(b []byte) []byte {
			return append(append([]byte(nil), b[:len(b)/2]...), append([]byte{0, 0, 0}, b[len(b)/2:]...)...)
		}},
		{"empty", func([]byte) []byte { return nil }},
		{"utf16-declared", func(b []byte) []byte {
			return bytes.Replace(b, []byte(`encoding="UTF-8"`), []byte(`encoding="UTF-16"`), 1)
		}},
	}
	for _, part := range parts {
		if sound.Part(part) == nil {
			continue
		}
		for _, br := range breaks {
			p := sound.Clone()
			p.Set(part, br.edit(append([]byte(nil), p.Part(part)...)))
			o := Odd{Name: fmt.Sprintf("%s/xml-%s-%s", t.kind, br.name, strings.ReplaceAll(part, "/", "_")), Data: p.Bytes()}
			if part == "xl/worksheets/sheet1.xml" && br.name == "unclosed" {
				o.Criteria, o.Units, o.Scores = lim.DamagedSheet, lim.DamagedSheet, lim.DamagedSheet
			}
			out = append(out, o)
		}
	}
	missing := func(name string, edit func(*Pkg), want Outcome) {
		p := sound.Clone()
		edit(p)
		out = append(out, Odd{Name: t.kind + "/" + name, Data: p.Bytes(), Criteria: want, Units: want, Scores: want})
	}
	missing("missing-worksheet-part", func(p *Pkg) { p.Del("xl/worksheets/sheet1.xml") }, lim.NoWorksheet)
	missing("missing-workbook-part", func(p *Pkg) { p.Del("xl/workbook.xml") }, lim.NotXLSX)
	missing("missing-shared-strings", func(p *Pkg) { p.Del("xl/sharedStrings.xml") }, lim.DamagedSheet)
	missing("shared-string-out-of-range", func(p *Pkg) {
		p.Replace("xl/worksheets/sheet1.xml", "<v>3</v></c>", "<v>99999999</v></c>")
	}, Any)
	missing("word-document-inside", func(p *Pkg) {
		p.Replace("xl/workbook.xml", "<workbook", "<document").Replace("xl/workbook.xml", "</workbook>", "</document>")
	}, lim.NotXLSX)
	return out
}

// emptyRows is about n bytes of rows formatted but empty, as a sheet
// whose rows were all given a height or a colour has them.
func emptyRows(n int) string {
	var b strings.Builder
	for r := 100_000; b.Len() < n; r++ {
		fmt.Fprintf(&b, `<row r="%d" ht="15.75" customHeight="1"><c r="A%d" s="0"/></row>`, r%1_000_000+1, r%1_000_000+1)
	}
	return b.String()
}

// bigSheet writes a worksheet with n cells of numbers, cols a row.
func bigSheet(n, cols, maxRows int) string {
	var b strings.Builder
	b.WriteString(`<worksheet xmlns="` + nsMain + `"><sheetData>`)
	rows := (n + cols - 1) / cols
	if rows > maxRows {
		cols = (n + maxRows - 1) / maxRows
		rows = (n + cols - 1) / cols
	}
	k := 0
	for r := 0; r < rows && k < n; r++ {
		fmt.Fprintf(&b, `<row r="%d">`, r+1)
		for c := 0; c < cols && k < n; c++ {
			fmt.Fprintf(&b, `<c r="%s"><v>%d</v></c>`, CellRef(r, c), k)
			k++
		}
		b.WriteString(`</row>`)
	}
	b.WriteString(`</sheetData></worksheet>`)
	return b.String()
}

// noise returns n bytes that do not compress.
func noise(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}

// lieAboutSizes rewrites the uncompressed sizes a zip's local headers and
// directory state to 1 KB, as a zip bomb does.
func lieAboutSizes(data []byte) []byte {
	d := append([]byte(nil), data...)
	for i := 0; i+30 < len(d); i++ {
		switch {
		case bytes.Equal(d[i:i+4], []byte("PK\x03\x04")):
			putUint32(d[i+22:], 1024)
		case bytes.Equal(d[i:i+4], []byte("PK\x01\x02")) && i+46 < len(d):
			putUint32(d[i+24:], 1024)
		}
	}
	return d
}

func putUint32(b []byte, v uint32) {
	b[0], b[1], b[2], b[3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
}

// hostile returns workbooks made to hurt whoever reads or prints them.
func hostile(lim Limits) []Odd {
	var out []Odd
	add := func(name string, p *Pkg, c, u, s Outcome) {
		out = append(out, Odd{Name: "hostile/" + name, Data: p.Bytes(), Criteria: c, Units: u, Scores: s})
	}
	table := criteriaSheet()
	esc := table
	esc.Name = "Tiêu chí\x1b]0;pwned\x07\x1b[2J"
	esc.Rows = ProvinceRowsWith(func(r []Row) {
		r[2][0] = "I. THỰC HIỆN\x1b]0;evil\x07\x1b[2J\r\u202eNHIỆM VỤ\u009b31m"
		r[3][1] = "Lao động\x1b]0;evil\x07\x1b[2J\r\u202eviệc làm\u009b31m"
	})
	esc.Rows = append([]Row{{"UBND"}, {}, {}, {}}, esc.Rows...)
	add("escape-sequences-in-text", Raw(Layout{}, esc), OK, Any, Any)
	units := unitsSheet()
	units.Rows[3][1] = "Xã \x1b[31mĐỏ\x1b[0m\u202e"
	add("escape-sequences-in-unit-name", Raw(Layout{}, units), Any, OK, Any)

	// A chain of formulas each summing the one before, without results:
	// computed once each, never exponentially.
	chain := table
	chain.Rows = append([]Row(nil), table.Rows...)
	for i := 0; i < 3000; i++ {
		r := make(Row, 12)
		r[11] = Formula(fmt.Sprintf("SUM(L%d:L%d)+L%d+1", 40, 40+i, 39+i))
		chain.Rows = append(chain.Rows, r)
	}
	add("formula-chain", Raw(Layout{}, chain), Any, Any, Any)
	cyc := table
	cyc.Rows = ProvinceRowsWith(func(r []Row) { r[2][2] = Formula("C11+C12"); r[6][2] = Formula("C7*2") })
	add("formula-cycle", Raw(Layout{}, cyc), Any, Any, Any)
	whole := table
	whole.Rows = ProvinceRowsWith(func(r []Row) { r[2][2] = Formula("SUM(A1:XFD1048576)") })
	add("formula-whole-sheet", Raw(Layout{}, whole), Any, Any, Any)

	// Deep nesting, odd references, odd numbers.
	deep := Raw(Layout{}, table).Replace("xl/worksheets/sheet1.xml", "</sheetData>",
		"</sheetData>"+strings.Repeat("<x>", 200_000)+strings.Repeat("</x>", 200_000))
	add("deep-nesting", deep, Any, Any, Any)
	refs := Raw(Layout{}, table).Replace("xl/worksheets/sheet1.xml", "</sheetData>",
		`<row r="0"><c r="A0"><v>1</v></c></row><row r="-5"><c r="ZZZZ1"><v>1</v></c></row><row r="99999999999"><c r="A99999999"><v>1</v></c><c r="$B$7" s="-1"><v>1</v></c><c r="C7" s="999999999"><v>1</v></c></row></sheetData>`)
	add("odd-references", refs, Any, Any, Any)
	legacy := Raw(Layout{Fonts: map[string]string{"B3": ".VnTime"}}, RawSheet{Name: "Sheet1", Rows: []Row{
		{"STT", "Nội dung tiêu chí", "Điểm tối đa"}, {"I", "Phần I", 10}, {"1", "Ph¸p luËt", 10}}})
	add("tcvn3-font", legacy, Any, Any, Any)
	rich := Raw(Layout{}, table).Replace("xl/sharedStrings.xml", "<si><t xml:space=\"preserve\">Giảm nghèo</t></si>",
		`<si><r><rPr><rFont val=".VnTime"/></rPr><t>Gi¶m nghÌo</t></r><rPh><t>phonetic</t></rPh></si>`)
	add("tcvn3-rich-text-run", rich, Any, Any, Any)
	names := Raw(Layout{}, RawSheet{Name: strings.Repeat("Đ", 200), Rows: table.Rows})
	add("long-sheet-name", names, Any, Any, Any)
	dup := Raw(Layout{}, table)
	dup.Set("xl/worksheets/sheet1.xml ", dup.Part("xl/worksheets/sheet1.xml"))
	add("near-duplicate-part", dup, OK, Any, Any)
	bin := Raw(Layout{}, table).Rename("xl/workbook.xml", "xl/workbook.bin").Replace("_rels/.rels", "workbook.xml", "workbook.bin")
	add("xlsb-renamed", bin, lim.NotXLSX, lim.NotXLSX, lim.NotXLSX)
	add("ole-encrypted", rawOdd(append([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), make([]byte, 4000)...)), lim.OldXLS, lim.OldXLS, lim.OldXLS)
	add("csv-renamed", rawOdd([]byte("code,title,max\nI,Phần I,10\n")), lim.NotXLSX, lim.NotXLSX, lim.NotXLSX)
	add("empty-file", rawOdd(nil), lim.NotXLSX, lim.NotXLSX, lim.NotXLSX)
	add("zip-header-only", rawOdd([]byte("PK\x03\x04")), lim.Damaged, lim.Damaged, lim.Damaged)
	add("empty-zip", rawOdd(NewPkg().Bytes()), Any, Any, Any)
	return out
}

// rawOdd wraps bytes that are not a package at all.
func rawOdd(b []byte) *Pkg {
	return &Pkg{names: []string{"raw"}, parts: map[string][]byte{"raw": b}, raw: true}
}
