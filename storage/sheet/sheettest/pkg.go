package sheettest

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"io"
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
