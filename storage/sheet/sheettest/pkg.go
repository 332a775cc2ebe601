package sheettest

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"
	"sync"
)

// Pkg is an .xlsx file built part by part, the way small tools write them,
// so that a test can leave parts out, break them or swap their shapes:
// excelize (Book) only writes well-formed workbooks.
type Pkg struct {
	names  []string
	parts  map[string][]byte
	stored map[string]bool // written without compression
	raw    bool            // not a zip: the one part's bytes as they are
}

// NewPkg returns an empty package.
func NewPkg() *Pkg { return &Pkg{parts: map[string][]byte{}, stored: map[string]bool{}} }

// Set puts a part (replacing one of the same name, in its place).
func (p *Pkg) Set(name string, data []byte) *Pkg {
	if _, ok := p.parts[name]; !ok {
		p.names = append(p.names, name)
	}
	p.parts[name] = data
	return p
}

// SetString puts a part given as text.
func (p *Pkg) SetString(name, data string) *Pkg { return p.Set(name, []byte(data)) }

// Del removes a part.
func (p *Pkg) Del(name string) *Pkg {
	delete(p.parts, name)
	for i, n := range p.names {
		if n == name {
			p.names = append(p.names[:i], p.names[i+1:]...)
			break
		}
	}
	return p
}

// Part returns a part's bytes.
func (p *Pkg) Part(name string) []byte { return p.parts[name] }

// Store writes a part without compression.
func (p *Pkg) Store(name string) *Pkg {
	p.stored[name] = true
	return p
}

// Clone copies the package.
func (p *Pkg) Clone() *Pkg {
	c := NewPkg()
	for _, n := range p.names {
		c.Set(n, append([]byte(nil), p.parts[n]...))
		c.stored[n] = p.stored[n]
	}
	return c
}

// Rename moves a part to another name.
func (p *Pkg) Rename(from, to string) *Pkg {
	data := p.parts[from]
	stored := p.stored[from]
	p.Del(from)
	p.stored[to] = stored
	return p.Set(to, data)
}

// Replace edits a part's text.
func (p *Pkg) Replace(name, old, new string) *Pkg {
	return p.Set(name, []byte(strings.ReplaceAll(string(p.parts[name]), old, new)))
}

// Bytes zips the parts in order.
func (p *Pkg) Bytes() []byte {
	if p.raw {
		return p.parts["raw"]
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	z.RegisterCompressor(zip.Deflate, pooledDeflate)
	for _, n := range p.names {
		method := zip.Deflate
		if p.stored[n] || len(p.parts[n]) == 0 {
			method = zip.Store
		}
		w, err := z.CreateHeader(&zip.FileHeader{Name: n, Method: method})
		if err != nil {
			panic(err)
		}
		if _, err := w.Write(p.parts[n]); err != nil {
			panic(err)
		}
	}
	if err := z.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// deflaters are reused: a compressor holds a megabyte, and the corpus
// writes thousands of parts.
var deflaters = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

type pooledWriter struct{ *flate.Writer }

func (w pooledWriter) Close() error {
	err := w.Writer.Close()
	deflaters.Put(w.Writer)
	return err
}

func pooledDeflate(out io.Writer) (io.WriteCloser, error) {
	w := deflaters.Get().(*flate.Writer)
	w.Reset(out)
	return pooledWriter{w}, nil
}

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
	main, rel := nsMain, nsRel
	relType := "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	if l.Strict {
		main, rel = nsStrictMain, nsStrictRel
		relType = "http://purl.oclc.org/ooxml/officeDocument/relationships/"
	}
	pre := l.Prefix
	xmlns := fmt.Sprintf(`xmlns="%s"`, main)
	if pre != "" {
		xmlns = fmt.Sprintf(`xmlns:%s="%s"`, strings.TrimSuffix(pre, ":"), main)
	}
	var types strings.Builder
	types.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`)
	var sst []string
	index := map[string]int{}
	fonts := []string{"Times New Roman"}
	type xf struct {
		font    int
		percent bool
	}
	xfs := []xf{{0, false}}
	style := func(ref string) int {
		f, ok := l.Fonts[ref]
		pc := l.Percent[ref]
		if !ok && !pc {
			return 0
		}
		fi := 0
		if ok {
			fonts = append(fonts, f)
			fi = len(fonts) - 1
		}
		xfs = append(xfs, xf{fi, pc})
		return len(xfs) - 1
	}
	var book, brels strings.Builder
	fmt.Fprintf(&book, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><%sworkbook %s xmlns:r="%s"><%ssheets>`, pre, xmlns, rel, pre)
	fmt.Fprintf(&brels, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for i, s := range sheets {
		id := fmt.Sprintf("rId%d", i+1)
		fmt.Fprintf(&book, `<%ssheet name="%s" sheetId="%d" r:id="%s"/>`, pre, html.EscapeString(xmlText(s.Name)), i+1, id)
		if s.Chart {
			name := fmt.Sprintf("xl/chartsheets/sheet%d.xml", i+1)
			fmt.Fprintf(&brels, `<Relationship Id="%s" Type="%schartsheet" Target="chartsheets/sheet%d.xml"/>`, id, relType, i+1)
			p.SetString(name, fmt.Sprintf(`<?xml version="1.0"?><%schartsheet %s><%ssheetViews/></%schartsheet>`, pre, xmlns, pre, pre))
			continue
		}
		name := fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1)
		fmt.Fprintf(&brels, `<Relationship Id="%s" Type="%sworksheet" Target="worksheets/sheet%d.xml"/>`, id, relType, i+1)
		fmt.Fprintf(&types, `<Override PartName="/%s" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, name)
		var ws strings.Builder
		fmt.Fprintf(&ws, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><%sworksheet %s xmlns:r="%s"><%ssheetData>`, pre, xmlns, rel, pre)
		for r, row := range s.Rows {
			if l.NoRefs {
				fmt.Fprintf(&ws, `<%srow>`, pre)
			} else {
				fmt.Fprintf(&ws, `<%srow r="%d">`, pre, r+1)
			}
			for c, v := range row {
				ref := CellRef(r, c)
				if v == nil {
					if l.NoRefs {
						fmt.Fprintf(&ws, `<%sc/>`, pre)
					}
					continue
				}
				attrs := ""
				if !l.NoRefs {
					attrs = fmt.Sprintf(` r="%s"`, ref)
				}
				if st := style(ref); st > 0 {
					attrs += fmt.Sprintf(` s="%d"`, st)
				}
				switch v := v.(type) {
				case string:
					if l.Inline {
						fmt.Fprintf(&ws, `<%sc%s t="inlineStr"><%sis><%st>%s</%st></%sis></%sc>`, pre, attrs, pre, pre, xmlText(v), pre, pre, pre)
						continue
					}
					k, ok := index[v]
					if !ok {
						k = len(sst)
						index[v] = k
						sst = append(sst, v)
					}
					fmt.Fprintf(&ws, `<%sc%s t="s"><%sv>%d</%sv></%sc>`, pre, attrs, pre, k, pre, pre)
				case int:
					fmt.Fprintf(&ws, `<%sc%s><%sv>%d</%sv></%sc>`, pre, attrs, pre, v, pre, pre)
				case float64:
					fmt.Fprintf(&ws, `<%sc%s><%sv>%s</%sv></%sc>`, pre, attrs, pre, strconv.FormatFloat(v, 'g', -1, 64), pre, pre)
				case Formula:
					fmt.Fprintf(&ws, `<%sc%s><%sf>%s</%sf></%sc>`, pre, attrs, pre, html.EscapeString(string(v)), pre, pre)
				default:
					panic(fmt.Sprintf("sheettest: cell of type %T", v))
				}
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
		p.SetString(name, ws.String())
	}
	fmt.Fprintf(&book, `</%ssheets></%sworkbook>`, pre, pre)
	n := len(sheets)
	if len(sst) > 0 {
		n++
		fmt.Fprintf(&brels, `<Relationship Id="rId%d" Type="%ssharedStrings" Target="sharedStrings.xml"/>`, n, relType)
		fmt.Fprintf(&types, `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`)
		var ss strings.Builder
		fmt.Fprintf(&ss, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><%ssst %s count="%d" uniqueCount="%d">`, pre, xmlns, len(sst), len(sst))
		for _, s := range sst {
			fmt.Fprintf(&ss, `<%ssi><%st xml:space="preserve">%s</%st></%ssi>`, pre, pre, xmlText(s), pre, pre)
		}
		fmt.Fprintf(&ss, `</%ssst>`, pre)
		p.SetString("xl/sharedStrings.xml", ss.String())
	}
	if !l.NoStyles {
		n++
		fmt.Fprintf(&brels, `<Relationship Id="rId%d" Type="%sstyles" Target="styles.xml"/>`, n, relType)
		fmt.Fprintf(&types, `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`)
		var st strings.Builder
		fmt.Fprintf(&st, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><%sstyleSheet %s><%snumFmts count="1"><%snumFmt numFmtId="164" formatCode="0.0%%"/></%snumFmts><%sfonts count="%d">`, pre, xmlns, pre, pre, pre, pre, len(fonts))
		for _, f := range fonts {
			fmt.Fprintf(&st, `<%sfont><%ssz val="13"/><%sname val="%s"/></%sfont>`, pre, pre, pre, html.EscapeString(f), pre)
		}
		fmt.Fprintf(&st, `</%sfonts><%scellXfs count="%d">`, pre, pre, len(xfs))
		for _, x := range xfs {
			num := 0
			if x.percent {
				num = 164
			}
			fmt.Fprintf(&st, `<%sxf numFmtId="%d" fontId="%d"/>`, pre, num, x.font)
		}
		fmt.Fprintf(&st, `</%scellXfs></%sstyleSheet>`, pre, pre)
		p.SetString("xl/styles.xml", st.String())
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

func filterOut(names []string, drop ...string) []string {
	var out []string
	for _, n := range names {
		keep := true
		for _, d := range drop {
			keep = keep && n != d
		}
		if keep {
			out = append(out, n)
		}
	}
	return out
}
