package main

import (
	"context"
	"time"

	"thidua/model"
	"thidua/storage/stress"
)

// runGen writes the national stress set of DESIGN §7 into --out: every
// bloc's leader database, setup files, submissions and bloc files, and a
// province database that merged them all. It prints what each part wrote
// and how long it took. The same --seed makes the same set.
func runGen(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("gen", false)
	opt := stress.National()
	fs.StringVar(&opt.Out, "out", "", "")
	fs.Int64Var(&opt.Seed, "seed", opt.Seed, "")
	fs.IntVar(&opt.Blocs, "blocs", opt.Blocs, "")
	fs.IntVar(&opt.Units, "units", opt.Units, "")
	fs.IntVar(&opt.Criteria, "criteria", opt.Criteria, "")
	fs.Float64Var(&opt.Scale, "scale", opt.Scale, "")
	fs.IntVar(&opt.Workers, "workers", 0, "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || opt.Out == "" {
		return usageError{c.t("gen.usage")}
	}
	if opt.Blocs < 1 || opt.Units < 1 || opt.Criteria < 3 || opt.Scale <= 0 || opt.Workers < 0 {
		return usageError{c.t("gen.bad_size")}
	}
	opt.Progress = func(done, total int, code string) { c.warnf("gen.progress", done, total, code) }
	c.printf("gen.start", opt.Out, opt.Seed)
	rep, err := stress.Generate(ctx, opt)
	if err != nil {
		return err
	}
	c.printf("gen.shape", rep.Blocs, rep.Units, rep.Criteria, rep.Periods, rep.Workers)
	for _, p := range rep.Parts {
		c.printf("gen.part", c.t("gen.part."+p.Name), p.Files, megabytes(p.Bytes).Localize(c.lang), p.Rows,
			seconds(p.Took).Localize(c.lang))
	}
	c.printf("gen.done", rep.Province, rep.Scores, seconds(rep.Wall).Localize(c.lang))
	return nil
}

// megabytes is a size in MB, to two decimals, printed as points are.
func megabytes(n int64) model.Points { return model.Points(n * 100 / (1 << 20)) }

// seconds is a duration in seconds, to two decimals.
func seconds(d time.Duration) model.Points { return model.Points(d / (10 * time.Millisecond)) }
