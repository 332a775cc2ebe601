package sheettest

import (
	"bytes"
	"fmt"
	"strings"
)

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
