package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"thidua/model"
	"thidua/model/i18n"
)

// unitJSON is one unit in `thidua units --json`.
type unitJSON struct {
	Code      string `json:"code"`
	Name      string `json:"name"`
	ShortName string `json:"short_name"`
	Kind      string `json:"kind"`
	Status    string `json:"status"`
}

// unitsJSON is one bloc's units; Bloc is set at a province.
type unitsJSON struct {
	Bloc     string     `json:"bloc,omitempty"`
	BlocName string     `json:"bloc_name,omitempty"`
	Units    []unitJSON `json:"units"`
}

// runUnits lists the bloc's units in Vietnamese order; --filter keeps those
// whose name or code contains every word, ignoring accents. At a province
// it lists every bloc's units, one section a bloc (--bloc names one).
func runUnits(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("units", true)
	filter := fs.String("filter", "", "")
	blocCode := fs.String("bloc", "", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if *filter == "" && len(pos) > 0 {
		*filter = strings.Join(pos, " ")
	}
	db, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	province, err := db.IsProvince(ctx)
	if err != nil {
		return err
	}
	var docs []unitsJSON
	if province {
		blocs, err := db.Blocs(ctx)
		if err != nil {
			return err
		}
		if len(blocs) == 0 {
			return model.Errorf(model.EProvinceEmpty)
		}
		for _, b := range blocs {
			if *blocCode != "" && b.Code != model.NormalizeCode(*blocCode) {
				continue
			}
			units, err := db.BlocUnits(ctx, b.ID, *filter)
			if err != nil {
				return err
			}
			docs = append(docs, unitsDoc(b.Code, b.Name, units))
		}
		if len(docs) == 0 {
			return model.Errorf(model.EBlocUnknown, *blocCode)
		}
	} else {
		units, err := db.Units(ctx, *filter)
		if err != nil {
			return err
		}
		docs = append(docs, unitsDoc("", "", units))
	}
	if c.json {
		if province {
			return c.writeJSON(provinceJSON[unitsJSON]{Blocs: docs})
		}
		return c.writeJSON(docs[0])
	}
	for i, d := range docs {
		if i > 0 {
			fmt.Fprintln(c.io.out)
		}
		if d.Bloc != "" {
			fmt.Fprintf(c.io.out, "%s — %s\n", printable(d.Bloc), printable(d.BlocName))
		}
		w := tabwriter.NewWriter(c.io.out, 0, 4, 2, ' ', 0)
		fmt.Fprintf(w, "%s\t%s\t%s\n", i18n.T(c.lang, "col.code"), i18n.T(c.lang, "col.unit"), i18n.T(c.lang, "col.status"))
		for _, u := range d.Units {
			fmt.Fprintf(w, "%s\t%s\t%s\n", printable(u.Code), printable(u.Name), i18n.T(c.lang, "status."+u.Status))
		}
		if err := w.Flush(); err != nil {
			return err
		}
	}
	return nil
}

func unitsDoc(code, name string, units []model.Unit) unitsJSON {
	d := unitsJSON{Bloc: code, BlocName: name, Units: []unitJSON{}}
	for _, u := range units {
		d.Units = append(d.Units, unitJSON{u.Code, u.Name, u.ShortName, u.Kind, u.Status.String()})
	}
	return d
}
