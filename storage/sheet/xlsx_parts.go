package sheet

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// sheetNames lists the worksheets in order.
func (wb *workbook) sheetNames() []string {
	out := make([]string, len(wb.sheets))
	for i, s := range wb.sheets {
		out[i] = s.name
	}
	return out
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
	percentFmt, dateFmt := map[int]bool{9: true, 10: true}, map[int]bool{}
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
					} else if err == nil && dateFormat(attr(e, "formatCode")) {
						dateFmt[id] = true
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
					st.date = append(st.date, err == nil && (dateFmt[num] || builtinDate(num)))
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
