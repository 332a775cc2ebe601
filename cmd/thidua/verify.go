package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os/exec"
	"time"

	"thidua/model"
	"thidua/storage/exchange"
)

// verifyJSON is `thidua verify --json` (DESIGN §5: fields may be added,
// never renamed).
type verifyJSON struct {
	File        string   `json:"file"`
	Valid       bool     `json:"valid"`
	Kind        string   `json:"kind"`
	Format      int64    `json:"format"`
	Unit        string   `json:"unit"`
	Bloc        string   `json:"bloc"`
	Period      string   `json:"period"`
	Seq         int64    `json:"seq"`
	Fingerprint string   `json:"fingerprint"`
	Receipt     string   `json:"receipt"`
	CreatedAt   string   `json:"created_at"`
	Digest      string   `json:"digest"`
	Problems    []string `json:"problems"`
	Warnings    []string `json:"warnings"`
	kind        model.FileKind
}

// runVerify checks one exchange file without touching any database: kind,
// author, bloc, period, seq, integrity, signature and the file's own rules.
// Whether its key is trusted is decided by merge or join.
func runVerify(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("verify", true)
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError{c.t("cli.need_file")}
	}
	f, verr := exchange.Verify(ctx, pos[0], exchange.VerifyOptions{})
	doc := verifyJSON{File: pos[0], Valid: verr == nil, Digest: f.Digest, Problems: []string{}, Warnings: []string{}}
	if f.HasManifest {
		m := f.Manifest
		doc.Kind, doc.kind, doc.Unit, doc.Bloc, doc.Period = kindJSON(m.Kind), m.Kind, m.AuthorCode, m.BlocCode, m.PeriodCode
		doc.Seq, doc.Fingerprint, doc.Receipt, doc.CreatedAt, doc.Format = m.Seq, m.Fingerprint(), m.Receipt(), m.CreatedAt, m.Format
	}
	if verr != nil {
		if errors.Is(verr, context.Canceled) {
			return verr
		}
		doc.Problems = append(doc.Problems, model.Message(c.lang, verr))
	}
	for _, w := range f.Warnings {
		doc.Warnings = append(doc.Warnings, w.Localize(c.lang))
	}
	if c.json {
		if err := c.writeJSON(doc); err != nil {
			return err
		}
	} else {
		c.printVerify(doc)
	}
	if verr != nil {
		return silentError{1}
	}
	return nil
}

func (c *cli) printVerify(d verifyJSON) {
	if d.Valid {
		c.printf("exchange.cli.verify_ok", d.File)
	} else {
		c.printf("exchange.cli.verify_bad", d.File)
	}
	if d.Kind != "" {
		c.printf("exchange.cli.verify_what", c.t("exchange.kind."+d.kind.String()), d.Unit, d.Bloc, d.Period)
		c.printf("exchange.cli.verify_seq", d.Seq, d.Receipt, d.CreatedAt)
		c.printf("exchange.cli.verify_key", d.Fingerprint)
	}
	for _, p := range d.Problems {
		fmt.Fprintln(c.io.out, "  ✗ "+p)
	}
	for _, w := range d.Warnings {
		fmt.Fprintln(c.io.out, "  ! "+w)
	}
}

// childCheck runs phase A on a file in a child process (this same binary,
// `thidua verify --json`), so that a fault in the SQLite code while
// reading a hostile file cannot take down the merging process. Only a
// crash, a hang or unreadable output rejects here; the verdict itself is
// reached again in this process.
func childCheck(exe string) func(ctx context.Context, path string) error {
	return func(ctx context.Context, path string) error {
		cctx, cancel := context.WithTimeout(ctx, 60*time.Second)
		defer cancel()
		out, err := exec.CommandContext(cctx, exe, "verify", "--json", "--", path).Output()
		var ee *exec.ExitError
		if err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 1) {
			return model.Errorf(exchange.EChild).WithCause(err)
		}
		var doc verifyJSON
		if err := json.Unmarshal(out, &doc); err != nil {
			return model.Errorf(exchange.EChild).WithCause(err)
		}
		return nil
	}
}
