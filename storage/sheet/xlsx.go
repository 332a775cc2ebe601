package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"strings"
	"unicode/utf8"

	"thidua/model"
	"thidua/model/i18n"
)

// workbook is an .xlsx file opened for reading within the budgets: its
// zip directory, its worksheets in order, the shared strings and the little
// of the styles that import needs (the font of each cell format, to see
// TCVN3 and VNI text, and which formats show a percentage). Worksheets are
// read one at a time, as a stream of rows, by readGrid.
//
// thidua reads workbooks with archive/zip and encoding/xml itself rather
// than through excelize (which still writes the reports): excelize unpacks
// every part into memory (or temporary files) when it opens a file, keeps
// the whole shared-string table and every worksheet as a grid padded to
// its widest row, and has no cell type or style in its row iterator, so
// reading one cell's type fell back to the padded grid. That is how a
// 30 KB file with a cell in column XFD on 4,000 rows took 6.5 GB, and a
// missing styles part crashed it.
type workbook struct {
	z        *zip.Reader
	parts    map[string]*zip.File // by lower-case name
	sheets   []sheetRef           // worksheets, in workbook order
	strings  []string             // shared strings
	richFont map[int]string       // shared string → its legacy run font
	styles   styles
	unpacked int64 // bytes unpacked so far, against maxUnpacked
	cells    int   // cells kept so far, against maxCells
	slots    int   // row × column slots kept so far, against maxSlots
	merges   int   // merged ranges read so far, against maxBookMerges
	steps    int   // steps of computing formulas, against calcBudget
}

// sheetRef is a worksheet listed in the workbook.
type sheetRef struct{ name, part string }

// styles is what import reads of the styles part.
type styles struct {
	fonts   []string // font names by index; fonts[0] is the default
	xfFont  []int    // cell format → font index
	percent []bool   // cell format → shows a percentage
	date    []bool   // cell format → shows a date or a time
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

// Close releases the workbook (kept for the callers written against
// excelize; the bytes are simply dropped).
func (wb *workbook) Close() error { return nil }

// openWorkbook reads a workbook from r, refusing with a message for people
// anything that is not an .xlsx file (a CSV or Word file renamed, an Excel
// 97-2003 .xls, a password-protected workbook), a damaged file, and a file
// beyond the budgets. Only the zip directory, the workbook part, its
// relationships, the shared strings and the styles are read here; the
// worksheets are read by readGrid when asked for.
func openWorkbook(r io.Reader) (wb *workbook, err error) {
	defer recoverRead(&err)
	if f, ok := r.(interface{ Stat() (os.FileInfo, error) }); ok {
		if st, err := f.Stat(); err == nil && st.Size() > MaxFileSize {
			return nil, model.Errorf(ETooLarge, MaxFileSize>>20) // refused unread
		}
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, model.Errorf(EDamaged).WithCause(err)
	}
	if len(data) > MaxFileSize {
		return nil, model.Errorf(ETooLarge, MaxFileSize>>20)
	}
	switch {
	case bytes.HasPrefix(data, []byte("\xD0\xCF\x11\xE0")):
		// The OLE2 container of .xls files and of encrypted .xlsx files.
		return nil, model.Errorf(EOldXLS)
	case !bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return nil, model.Errorf(ENotXLSX)
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, model.Errorf(EDamaged).WithCause(err)
	}
	if len(z.File) > maxParts {
		return nil, limitError(ELimitParts, maxParts)
	}
	wb = &workbook{z: z, parts: map[string]*zip.File{}, richFont: map[int]string{}}
	for _, f := range z.File {
		name := strings.ToLower(strings.TrimPrefix(f.Name, "/"))
		if _, dup := wb.parts[name]; !dup {
			wb.parts[name] = f
		}
	}
	book := wb.officeDocument()
	if book == "" {
		return nil, model.Errorf(ENotXLSX)
	}
	rels, err := wb.relationships(book)
	if err != nil {
		return nil, err
	}
	if err := wb.readBook(book, rels); err != nil {
		return nil, err
	}
	if len(wb.sheets) == 0 {
		return nil, model.Errorf(ENoWorksheet)
	}
	// What the parts to be read claim to unpack to is checked before any is
	// (and what they do unpack to, while they are read).
	var claimed uint64
	for _, s := range wb.sheets {
		claimed += wb.parts[strings.ToLower(s.part)].UncompressedSize64
	}
	if claimed > maxUnpacked {
		return nil, limitError(ELimitUnpacked, maxUnpacked>>20)
	}
	if p := rels.byType("/sharedStrings", path.Join(path.Dir(book), "sharedStrings.xml")); wb.has(p) {
		if err := wb.readStrings(p); err != nil {
			return nil, err
		}
	}
	if p := rels.byType("/styles", path.Join(path.Dir(book), "styles.xml")); wb.has(p) {
		// Styles only tell fonts and percentages: a styles part that
		// cannot be read leaves the defaults, it does not refuse the file.
		if err := wb.readStyles(p); err != nil && isLimit(err) {
			return nil, err
		}
	}
	return wb, nil
}

// isLimit reports whether err is a budget error.
func isLimit(err error) bool {
	return strings.HasPrefix(model.ErrorCode(err), "sheet.limit_")
}

// has reports whether the zip holds part name.
func (wb *workbook) has(name string) bool {
	_, ok := wb.parts[strings.ToLower(name)]
	return ok
}

// officeDocument finds the workbook part: from the package relationships,
// else where Excel puts it.
func (wb *workbook) officeDocument() string {
	if rels, err := wb.relationships(""); err == nil {
		if p := rels.byType("/officeDocument", ""); p != "" && wb.has(p) {
			if !strings.HasSuffix(strings.ToLower(p), ".xml") {
				return "" // an .xlsb binary workbook renamed .xlsx
			}
			return p
		}
	}
	for _, p := range []string{"xl/workbook.xml", "xl/workbook.bin"} {
		if wb.has(p) {
			if strings.HasSuffix(p, ".bin") {
				return "" // an .xlsb binary workbook renamed .xlsx
			}
			return p
		}
	}
	return ""
}

// open unpacks part name through the budgets: the bytes it claims and the
// bytes it gives are both counted.
func (wb *workbook) open(name string) (io.ReadCloser, error) {
	f, ok := wb.parts[strings.ToLower(name)]
	if !ok {
		return nil, model.Errorf(EDamaged).WithCause(fmt.Errorf("missing part %s", name))
	}
	if f.UncompressedSize64 > maxPartSize {
		return nil, limitError(ELimitUnpacked, maxPartSize>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, model.Errorf(EDamaged).WithCause(fmt.Errorf("%s: %w", name, err))
	}
	return &budgetReader{r: rc, wb: wb, left: maxPartSize, name: name}, nil
}

// budgetReader counts what a part unpacks to, and stops it at the budget
// of the part and of the whole file.
type budgetReader struct {
	r    io.ReadCloser
	wb   *workbook
	left int64
	name string
	run  int // bytes since the last '<'
}

// errBudget marks the end of a part cut short by a budget; errRun a part
// with more than maxRun bytes without markup (the XML reader would hold
// them all as one token).
var (
	errBudget = errors.New("unpacked size budget")
	errRun    = errors.New("text run budget")
)

func (b *budgetReader) Read(p []byte) (int, error) {
	if b.left <= 0 || b.wb.unpacked >= maxUnpacked {
		return 0, errBudget
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	b.wb.unpacked += int64(n)
	if i := bytes.LastIndexByte(p[:n], '<'); i >= 0 {
		b.run = n - i - 1
	} else {
		b.run += n
	}
	if b.run > maxRun {
		return 0, errRun
	}
	return n, err
}

func (b *budgetReader) Close() error { return b.r.Close() }

// partError turns the failure to read a part into the message for people:
// a budget by its name, anything else as damage.
func partError(name string, err error) error {
	var me *model.Error
	switch {
	case errors.As(err, &me):
		return err
	case errors.Is(err, errBudget):
		return limitError(ELimitUnpacked, maxUnpacked>>20)
	case errors.Is(err, errRun):
		return limitError(ELimitTextShared, maxText)
	}
	return model.Errorf(EDamaged).WithCause(fmt.Errorf("%s: %w", name, err))
}

// decoder reads XML as raw tokens: no namespace resolution (strict OOXML
// and prefixed elements read the same), and no entities beyond XML's own,
// so no entity expansion.
func decoder(r io.Reader) *xml.Decoder {
	d := xml.NewDecoder(r)
	d.Strict = true
	return d
}

// attr returns the value of attribute local (any prefix).
func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// relAttr returns the relationship id of an element (r:id, any prefix).
func relAttr(e xml.StartElement) string {
	for _, a := range e.Attr {
		if a.Name.Local == "id" && a.Name.Space != "" {
			return a.Value
		}
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

// closeRead closes a file or a part of the package that was only read:
// its Close has nothing to report that the reads did not.
func closeRead(c io.Closer) { _ = c.Close() }
