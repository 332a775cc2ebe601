package sheet

import (
	"encoding/xml"
	"io"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"

	"thidua/model"
	"thidua/model/i18n"
)

// styles is what import reads of the styles part.
type styles struct {
	fonts   []string // font names by index; fonts[0] is the default
	xfFont  []int    // cell format → font index
	percent []bool   // cell format → shows a percentage
}

// font returns the font name of cell format s.
func (st styles) font(s int) string {
	f := 0
	if s >= 0 && s < len(st.xfFont) {
		f = st.xfFont[s]
	}
	if f >= 0 && f < len(st.fonts) {
		return st.fonts[f]
	}
	return ""
}

// rels are the relationships of a part.
type rels []rel

type rel struct{ id, typ, target string }

// byType returns the target of the first relationship whose type ends
// with suffix, else def.
func (rs rels) byType(suffix, def string) string {
	for _, r := range rs {
		if strings.HasSuffix(r.typ, suffix) {
			return r.target
		}
	}
	return def
}

// relationships reads the relationships of part ("" for the package's),
// with targets resolved to part names.
func (wb *workbook) relationships(part string) (rels, error) {
	name := "_rels/.rels"
	if part != "" {
		name = path.Join(path.Dir(part), "_rels", path.Base(part)+".rels")
	}
	if !wb.has(name) {
		return nil, nil
	}
	rc, err := wb.open(name)
	if err != nil {
		return nil, err
	}
	defer closeRead(rc)
	var out rels
	d := decoder(rc)
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, partError(name, err)
		}
		if e, ok := tok.(xml.StartElement); ok && e.Name.Local == "Relationship" {
			if len(out) >= maxParts {
				return nil, limitError(ELimitParts, maxParts)
			}
			target := attr(e, "Target")
			if strings.EqualFold(attr(e, "TargetMode"), "External") {
				continue
			}
			if strings.HasPrefix(target, "/") {
				target = strings.TrimPrefix(target, "/")
			} else {
				target = path.Join(path.Dir(path.Dir(name)), target)
			}
			out = append(out, rel{attr(e, "Id"), attr(e, "Type"), target})
		}
	}
}

// readBook reads the workbook part: its worksheets in order. Chart
// sheets, dialog and macro sheets have no cells and are passed over.
func (wb *workbook) readBook(book string, rs rels) error {
	targets := map[string]rel{}
	for _, r := range rs {
		targets[r.id] = r
	}
	rc, err := wb.open(book)
	if err != nil {
		return err
	}
	defer closeRead(rc)
	d := decoder(rc)
	root := false
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return partError(book, err)
		}
		e, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if !root {
			// The office document of a Word or PowerPoint file renamed .xlsx.
			if e.Name.Local != "workbook" {
				return model.Errorf(ENotXLSX)
			}
			root = true
		}
		if e.Name.Local != "sheet" {
			continue
		}
		r, ok := targets[relAttr(e)]
		if !ok || !strings.HasSuffix(r.typ, "/worksheet") || !wb.has(r.target) {
			continue
		}
		if len(wb.sheets) >= maxSheets {
			return limitError(ELimitSheets, maxSheets)
		}
		name := attr(e, "name")
		if utf8.RuneCountInString(name) > 64 {
			name = cut(name, 64)
		}
		wb.sheets = append(wb.sheets, sheetRef{name: i18n.Printable(name), part: r.target})
	}
}

// text collects the text of an <si> or <is> element: its own <t> and the
// <t> of its runs, never the phonetic runs (<rPh>) of East Asian text. It
// also returns the first legacy font (TCVN3, VNI) a run is written in.
type text struct {
	b        strings.Builder
	runes    int
	inT      bool
	skip     int // depth inside <rPh>
	font     string
	tooLong  bool
	anything bool
}

// token feeds one token of the element's content to t.
func (t *text) token(tok xml.Token) {
	switch e := tok.(type) {
	case xml.StartElement:
		switch e.Name.Local {
		case "rPh":
			t.skip++
		case "t":
			t.inT = t.skip == 0
		case "rFont":
			if v := attr(e, "val"); t.font == "" && legacyFont(v) {
				t.font = v
			}
		}
	case xml.EndElement:
		switch e.Name.Local {
		case "rPh":
			t.skip--
		case "t":
			t.inT = false
		}
	case xml.CharData:
		if t.inT && !t.tooLong {
			t.runes += utf8.RuneCount(e)
			if t.runes > maxText {
				t.tooLong = true
				return
			}
			t.b.Write(e)
			t.anything = true
		}
	}
}

// readStrings reads the shared strings, within their budgets.
func (wb *workbook) readStrings(name string) error {
	rc, err := wb.open(name)
	if err != nil {
		return err
	}
	defer closeRead(rc)
	d := decoder(rc)
	var cur *text
	total := 0
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return partError(name, err)
		}
		if cur != nil {
			if e, ok := tok.(xml.EndElement); ok && e.Name.Local == "si" {
				if cur.tooLong {
					return limitError(ELimitTextShared, maxText)
				}
				s := unescapeOOXML(cur.b.String())
				total += len(s)
				if total > maxStringBytes {
					return limitError(ELimitStrings, maxStrings, maxStringBytes>>20)
				}
				if cur.font != "" {
					wb.richFont[len(wb.strings)] = cur.font
				}
				wb.strings = append(wb.strings, s)
				cur = nil
				continue
			}
			cur.token(xml.CopyToken(tok))
			continue
		}
		if e, ok := tok.(xml.StartElement); ok && e.Name.Local == "si" {
			if len(wb.strings) >= maxStrings {
				return limitError(ELimitStrings, maxStrings, maxStringBytes>>20)
			}
			cur = &text{}
		}
	}
}

// readStyles reads the fonts, the number formats and the cell formats
// (cellXfs) of the styles part; everything else in it (fills, borders,
// named styles, colours) is passed over.
func (wb *workbook) readStyles(name string) error {
	rc, err := wb.open(name)
	if err != nil {
		return err
	}
	defer closeRead(rc)
	d := decoder(rc)
	percentFmt := map[int]bool{9: true, 10: true}
	var st styles
	var in []string // open elements of interest
	inFont := false
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return partError(name, err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "fonts", "cellXfs", "numFmts":
				in = append(in, e.Name.Local)
			case "font":
				if len(in) > 0 && in[len(in)-1] == "fonts" {
					if len(st.fonts) >= maxStyles {
						return limitError(ELimitStyles, maxStyles)
					}
					st.fonts = append(st.fonts, "")
					inFont = true
				}
			case "name":
				if inFont && len(st.fonts) > 0 && st.fonts[len(st.fonts)-1] == "" {
					st.fonts[len(st.fonts)-1] = attr(e, "val")
				}
			case "numFmt":
				if len(in) > 0 && in[len(in)-1] == "numFmts" {
					if id, err := strconv.Atoi(attr(e, "numFmtId")); err == nil && strings.Contains(attr(e, "formatCode"), "%") {
						percentFmt[id] = true
					}
				}
			case "xf":
				if len(in) > 0 && in[len(in)-1] == "cellXfs" {
					if len(st.xfFont) >= maxStyles {
						return limitError(ELimitStyles, maxStyles)
					}
					font, _ := strconv.Atoi(attr(e, "fontId"))
					num, err := strconv.Atoi(attr(e, "numFmtId"))
					st.xfFont = append(st.xfFont, font)
					st.percent = append(st.percent, err == nil && percentFmt[num])
				}
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "fonts", "cellXfs", "numFmts":
				if len(in) > 0 {
					in = in[:len(in)-1]
				}
			case "font":
				inFont = false
			}
		}
	}
	wb.styles = st
	return nil
}
