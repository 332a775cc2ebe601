package sheettest

import (
	"fmt"
	"strings"
)

// limits returns, for every budget, a workbook just under it (which must
// not be refused for it) and one just over (which must be, by name). They
// are made when read (Odd.Bytes): some are tens of megabytes.
func limits(lim Limits) []Odd {
	b := &budgets{lim: lim, table: criteriaSheet()}
	b.rowsAndColumns()
	b.cellsAndMerges()
	b.text()
	b.unpacked()
	b.partsSheetsStyles()
	return b.out
}

// budgets collects the workbooks at the edges of the reader's budgets,
// each made from the same criteria table.
type budgets struct {
	lim   Limits
	table RawSheet
	out   []Odd
}

// under adds a workbook just under a budget: it must not be refused for it.
func (b *budgets) under(name string, heavy bool, make func() *Pkg) {
	b.out = append(b.out, Odd{Name: "limit/under-" + name, Heavy: heavy, make: func() []byte { return make().Bytes() }})
}

// over adds a workbook just over a budget: it must be refused, by name.
func (b *budgets) over(name string, want Outcome, heavy bool, make func() *Pkg) {
	b.out = append(b.out, Odd{Name: "limit/over-" + name, Criteria: want, Units: want, Scores: want, Heavy: heavy,
		make: func() []byte { return make().Bytes() }})
}

// withRow is the table with one more row of XML at the end.
func (b *budgets) withRow(row string) func() *Pkg {
	return func() *Pkg {
		return Raw(Layout{}, b.table).Replace("xl/worksheets/sheet1.xml", "</sheetData>", row+"</sheetData>")
	}
}

func (b *budgets) rowsAndColumns() {
	lim, under, over, withRow := b.lim, b.under, b.over, b.withRow
	// Rows: a value on the last row allowed, and on the one after; a
	// formatted but empty row far down is not data.
	under("rows", false, withRow(fmt.Sprintf(`<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>`, lim.Rows, lim.Rows)))
	over("rows", lim.LimitRows, false, withRow(fmt.Sprintf(`<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>`, lim.Rows+1, lim.Rows+1)))
	under("empty-last-row", false, withRow(`<row r="1048576" ht="20" customHeight="1"><c r="A1048576" s="0"/></row>`))

	// Columns: values in as many different columns as allowed (the table
	// itself uses A to D), and one more, spread over the sheet's width.
	columns := func(n int) func() *Pkg {
		var cells strings.Builder
		for c := 0; c < n; c++ {
			fmt.Fprintf(&cells, `<c r="%s" t="inlineStr"><is><t>%d</t></is></c>`, CellRef(999, c*(16383/lim.Columns)), c)
		}
		return withRow(`<row r="1000">` + cells.String() + `</row>`)
	}
	under("columns", false, columns(lim.Columns-3))
	over("columns", lim.LimitColumns, false, columns(lim.Columns+1))
	// The file: one cell in column XFD on each of 4,000 rows.
	var far strings.Builder
	for r := 1; r <= 4000; r++ {
		fmt.Fprintf(&far, `<row r="%d"><c r="XFD%d"><v>%d</v></c></row>`, r+100, r+100, r)
	}
	b.out = append(b.out, Odd{Name: "limit/under-xfd-on-4000-rows", Criteria: OK, make: func() []byte { return withRow(far.String())().Bytes() }})
}

func (b *budgets) cellsAndMerges() {
	lim, table, under, over := b.lim, b.table, b.under, b.over
	// Cells: a first sheet of data with as many cells as allowed, and one
	// more, before the table.
	cells := func(n int) func() *Pkg {
		return func() *Pkg {
			return Raw(Layout{}, RawSheet{Name: "Dữ liệu"}, table).SetString("xl/worksheets/sheet1.xml", bigSheet(n, 10, lim.Rows))
		}
	}
	under("cells", true, cells(lim.Cells-200))
	over("cells", lim.LimitCells, true, cells(lim.Cells+1))

	// Merged ranges: as many as allowed, one more, and the 100,000.
	merges := func(n int) func() *Pkg {
		return func() *Pkg {
			s := table
			s.Merges = make([]string, 0, n)
			for i := 0; i < n; i++ {
				s.Merges = append(s.Merges, CellRef(i%5000, 10+2*(i/5000))+":"+CellRef(i%5000, 11+2*(i/5000)))
			}
			return Raw(Layout{}, s)
		}
	}
	under("merges", false, merges(lim.Merges))
	over("merges", lim.LimitMerges, false, merges(lim.Merges+1))
	over("merges-100000", lim.LimitMerges, true, merges(100_000))
}

func (b *budgets) text() {
	lim, table, under, over, withRow := b.lim, b.table, b.under, b.over, b.withRow
	// Shared strings: as many as allowed and one more, the table's own
	// first; and more text than allowed, in long strings.
	strs := func(n int) func() *Pkg {
		return func() *Pkg {
			p := Raw(Layout{}, table)
			own := string(p.Part("xl/sharedStrings.xml"))
			own = own[strings.Index(own, "<si>"):strings.LastIndex(own, "</sst>")]
			var ss strings.Builder
			ss.WriteString(`<sst xmlns="` + nsMain + `">` + own)
			for i := strings.Count(own, "<si>"); i < n; i++ {
				fmt.Fprintf(&ss, "<si><t>%d</t></si>", i)
			}
			ss.WriteString(`</sst>`)
			return p.SetString("xl/sharedStrings.xml", ss.String())
		}
	}
	under("shared-strings", true, strs(lim.Strings))
	over("shared-strings", lim.LimitStrings, true, strs(lim.Strings+1))
	over("shared-string-bytes", lim.LimitStrings, true, func() *Pkg {
		long := strings.Repeat("ă", lim.Text/2) // 2 bytes each
		var ss strings.Builder
		ss.WriteString(`<sst xmlns="` + nsMain + `">`)
		for i := 0; i*lim.Text < lim.StringBytes+lim.Text; i++ {
			fmt.Fprintf(&ss, "<si><t>%s</t></si>", long)
		}
		ss.WriteString(`</sst>`)
		return Raw(Layout{}, table).SetString("xl/sharedStrings.xml", ss.String())
	})

	// Text: a cell as long as Excel allows, and one character longer,
	// inline and shared.
	inline := func(n int) func() *Pkg {
		return withRow(`<row r="200"><c r="A200" t="inlineStr"><is><t>` + strings.Repeat("đ", n) + `</t></is></c></row>`)
	}
	shared := func(n int) func() *Pkg {
		return func() *Pkg {
			return Raw(Layout{}, table).Replace("xl/sharedStrings.xml", "</sst>", "<si><t>"+strings.Repeat("đ", n)+"</t></si></sst>")
		}
	}
	under("text-inline", false, inline(lim.Text))
	under("text-shared", false, shared(lim.Text))
	over("text-inline", lim.LimitText, false, inline(lim.Text+1))
	over("text-shared", lim.LimitTextShared, false, shared(lim.Text+1))
}

func (b *budgets) unpacked() {
	lim, table, under, over := b.lim, b.table, b.under, b.over
	// Unpacked size: a worksheet that unpacks to just under its part's
	// limit, one just over, two parts that together pass the whole file's,
	// and a zip whose directory lies about a part's size.
	padded := func(n int) func() *Pkg {
		return func() *Pkg {
			p := Raw(Layout{}, table)
			s := string(p.Part("xl/worksheets/sheet1.xml"))
			return p.SetString("xl/worksheets/sheet1.xml", strings.Replace(s, "</sheetData>", emptyRows(n-len(s))+"</sheetData>", 1))
		}
	}
	under("unpacked-part", true, padded(lim.Part-4096))
	over("unpacked-part", lim.LimitUnpacked, true, padded(lim.Part+1))
	total := func() *Pkg {
		p := Raw(Layout{}, RawSheet{Name: "A"}, RawSheet{Name: "B"}, RawSheet{Name: "C"}, table)
		for _, part := range []string{"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"} {
			p.Replace(part, "</sheetData>", emptyRows(lim.Unpacked/3+1024)+"</sheetData>")
		}
		return p
	}
	over("unpacked-total", lim.LimitUnpacked, true, total)
	over("text-run", lim.LimitTextShared, true, func() *Pkg {
		p := Raw(Layout{}, table)
		return p.Replace("xl/worksheets/sheet1.xml", "<sheetData>", "<sheetData>"+strings.Repeat(" ", lim.Part-4096))
	})
	// The same, with a directory that claims each part is small: the
	// budget is then met while reading.
	b.out = append(b.out, Odd{Name: "limit/over-unpacked-lying-size", Criteria: Refused, Units: Refused, Scores: Refused, Heavy: true,
		make: func() []byte { return lieAboutSizes(padded(lim.Part + 10)().Bytes()) }})
	b.out = append(b.out, Odd{Name: "limit/over-unpacked-total-lying-size", Criteria: Refused, Units: Refused, Scores: Refused, Heavy: true,
		make: func() []byte { return lieAboutSizes(total().Bytes()) }})
}

func (b *budgets) partsSheetsStyles() {
	lim, table, under, over := b.lim, b.table, b.under, b.over
	// Parts: as many files in the zip as allowed, and one more.
	parts := func(n int) func() *Pkg {
		return func() *Pkg {
			p := Raw(Layout{}, table)
			for i := len(p.names); i < n; i++ {
				p.Set(fmt.Sprintf("xl/media/x%d.bin", i), nil)
			}
			return p
		}
	}
	under("parts", false, parts(lim.Parts))
	over("parts", lim.LimitParts, false, parts(lim.Parts+1))

	// Sheets: as many worksheets as allowed (the table last), and one more.
	sheets := func(n int) func() *Pkg {
		return func() *Pkg {
			list := make([]RawSheet, 0, n)
			for i := 0; i < n-1; i++ {
				list = append(list, RawSheet{Name: fmt.Sprintf("Trang %d", i+1)})
			}
			return Raw(Layout{}, append(list, table)...)
		}
	}
	b.out = append(b.out, Odd{Name: "limit/under-sheets", Criteria: OK, make: func() []byte { return sheets(lim.Sheets)().Bytes() }})
	over("sheets", lim.LimitSheets, false, sheets(lim.Sheets+1))

	// Styles: as many cell formats as allowed, and one more.
	styles := func(n int) func() *Pkg {
		return func() *Pkg {
			xfs := strings.Repeat(`<xf numFmtId="0" fontId="0"/>`, n)
			return Raw(Layout{}, table).SetString("xl/styles.xml",
				`<styleSheet xmlns="`+nsMain+`"><fonts><font><name val="Times New Roman"/></font></fonts><cellXfs>`+xfs+`</cellXfs></styleSheet>`)
		}
	}
	under("styles", false, styles(lim.Styles))
	over("styles", lim.LimitStyles, false, styles(lim.Styles+1))

	// The file itself: one byte over the size read.
	over("file-size", lim.TooLarge, true, func() *Pkg {
		return Raw(Layout{}, table).Set("xl/media/big.bin", noise(lim.FileSize)).Store("xl/media/big.bin")
	})
}
