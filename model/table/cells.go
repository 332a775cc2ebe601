package table

// Cells of a sheet as every import reads them, for the other readers of
// rows (the staff list of package model/people): the same cleaning, the
// same line numbers, the same merged headings.

// Cell returns the text of cell (r, c): NFC, trimmed, without invisible
// characters; "" outside the sheet.
func (s *Sheet) Cell(r, c int) string { return s.cell(r, c) }

// Line returns the line row r is on, as Excel or a text editor shows it.
func (s *Sheet) Line(r int) int { return s.line(r) }

// HeaderRow returns row r with merged ranges filled in, so that a heading
// merged over several columns is seen in each of them.
func (s *Sheet) HeaderRow(r int) []string { return s.headerRow(r) }

// IsFooter reports whether text is one of the lines under a table: the
// place and date, a signature's title, the recipients, who made it.
func IsFooter(text string) bool { return footerRE().MatchString(HeadingKey(text)) }
