package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"thidua/model/i18n"
)

// runUnits lists the bloc's units in Vietnamese order; --filter keeps those
// whose name or code contains every word, ignoring accents.
func runUnits(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("units", true)
	filter := fs.String("filter", "", "")
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
	units, err := db.Units(ctx, *filter)
	if err != nil {
		return err
	}
	if c.json {
		type unitJSON struct {
			Code      string `json:"code"`
			Name      string `json:"name"`
			ShortName string `json:"short_name"`
			Kind      string `json:"kind"`
			Status    string `json:"status"`
		}
		out := struct {
			Units []unitJSON `json:"units"`
		}{Units: []unitJSON{}}
		for _, u := range units {
			out.Units = append(out.Units, unitJSON{u.Code, u.Name, u.ShortName, u.Kind, u.Status.String()})
		}
		return c.writeJSON(out)
	}
	w := tabwriter.NewWriter(c.io.out, 0, 4, 2, ' ', 0)
	fmt.Fprintf(w, "%s\t%s\t%s\n", i18n.T(c.lang, "col.code"), i18n.T(c.lang, "col.unit"), i18n.T(c.lang, "col.status"))
	for _, u := range units {
		fmt.Fprintf(w, "%s\t%s\t%s\n", printable(u.Code), printable(u.Name), i18n.T(c.lang, "status."+u.Status.String()))
	}
	return w.Flush()
}
