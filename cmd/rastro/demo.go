package main

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"io"
	"sort"
	"strconv"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/demo"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/spf13/cobra"
)

func init() { register(demoCommand) }

func demoCommand(m *Main) *cobra.Command {
	var serve bool
	var addr string
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Load the SYNTHETIC demo case file into a new database and summarise it",
		Long: "Create the data directory and database, bring the schema up to date, load the built-in demo case file " +
			"(SYNTHETIC: invented people in real places) when the database is empty, and print acts by place and harm. " +
			"Running it again changes nothing; a database that holds other records is left alone. " +
			"With --serve it then starts the web app on the demo, with an account \"demo\" (investigator) " +
			"whose new random password it prints.",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			db, err := m.openStore(ctx)
			if err != nil {
				return err
			}
			if _, err := db.Migrate(ctx); err != nil {
				return err
			}
			loaded, err := loadDemo(ctx, db)
			if err != nil {
				return err
			}
			if loaded {
				fmt.Fprintf(m.Stdout, "Loaded the demo case file into %s.\n", m.where())
			} else {
				fmt.Fprintf(m.Stdout, "%s already holds the demo case file; nothing was changed.\n", m.where())
			}
			if err := demoSummary(ctx, m.Stdout, db); err != nil || !serve {
				return err
			}
			password, err := demoAccount(ctx, db)
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "\nLog in as %q with password %s (a new one each run; SYNTHETIC demo only).\n", demoUser, password)
			return m.serve(ctx, addr, "", "")
		},
	}
	cmd.Flags().BoolVar(&serve, "serve", false, "then serve the web app on the demo")
	cmd.Flags().StringVar(&addr, "addr", envOr("RASTRO_ADDR", "127.0.0.1:8080"), "with --serve: address to listen on (RASTRO_ADDR)")
	return cmd
}

// demoUser is the account `rastro demo --serve` makes for trying the app.
const demoUser = "demo"

// demoAccount creates the demo account, or gives it a new password when it
// exists, and returns the password: random, so a demo left running on a
// shared machine is not open to anyone who read this code.
func demoAccount(ctx context.Context, db *sqldb.DB) (string, error) {
	buf := make([]byte, 12)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	password := base64.RawURLEncoding.EncodeToString(buf)
	svc := auth.NewService(db.Accounts())
	u, err := svc.UserByName(ctx, demoUser)
	switch {
	case rastro.ErrorCode(err) == rastro.ENOTFOUND:
		_, err = svc.AddUser(ctx, demoUser, auth.RoleInvestigator, password, nil)
	case err == nil:
		err = svc.SetPassword(ctx, u.ID, password)
	}
	return password, err
}

// loadDemo imports the demo into an empty database. It reports false when
// the database already holds the demo and refuses any other content.
func loadDemo(ctx context.Context, db *sqldb.DB) (bool, error) {
	empty, err := db.Empty(ctx)
	if err != nil {
		return false, err
	}
	if !empty {
		meta, err := db.Meta(ctx)
		if err != nil {
			return false, err
		}
		if meta["name"] == demo.Name && meta["synthetic"] == "true" {
			return false, nil
		}
		return false, rastro.Errorf(rastro.ECONFLICT,
			"the database already holds records that are not the demo; nothing was changed. Use an empty data directory for the demo (rastro demo --data DIR)")
	}
	b, err := demo.Bundle()
	if err != nil {
		return false, err
	}
	return true, db.Import(ctx, b)
}

// demoSummary prints the acts by place and harm, marked SYNTHETIC.
func demoSummary(ctx context.Context, w io.Writer, db *sqldb.DB) error {
	places, _, err := db.Places().List(ctx, rastro.PlaceFilter{})
	if err != nil {
		return err
	}
	incidents, _, err := db.Incidents().List(ctx, rastro.IncidentFilter{})
	if err != nil {
		return err
	}
	acts, _, err := db.Acts().List(ctx, rastro.ActFilter{})
	if err != nil {
		return err
	}
	s := summarise(places, incidents, acts)
	fmt.Fprintln(w)
	fmt.Fprintln(w, "*** SYNTHETIC DEMO DATA: invented people in real places; not a record of real victims. ***")
	fmt.Fprintf(w, "%d acts in %d incidents, %s to %s\n", len(acts), s.withActs, longDate(s.first), longDate(s.last))
	if n := len(incidents) - s.withActs; n > 0 {
		fmt.Fprintf(w, "and %d protest events without casualties (see rastro disparity)\n", n)
	}
	fmt.Fprintln(w)
	header := append([]string{"location"}, harmNames(s.harms)...)
	t := newTable(w, append(header, "total")...)
	for _, loc := range s.locations {
		row := []string{loc}
		for _, h := range s.harms {
			row = append(row, strconv.Itoa(s.count[loc][h]))
		}
		t.row(append(row, strconv.Itoa(s.count[loc][""]))...)
	}
	row := []string{"all locations"}
	for _, h := range s.harms {
		row = append(row, strconv.Itoa(s.count[""][h]))
	}
	t.row(append(row, strconv.Itoa(len(acts)))...)
	if err := t.flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nTry: rastro act list --type killed; rastro incident show 1; rastro export --format json -o demo.json")
	return nil
}

type summary struct {
	locations   []string
	harms       []rastro.ActType
	count       map[string]map[rastro.ActType]int // location ("" all) → harm ("" all) → acts
	first, last rastro.Date                       // of the incidents with acts
	withActs    int
}

// harmOrder lists act types from the gravest.
var harmOrder = []rastro.ActType{rastro.ActKilled, rastro.ActInjured, rastro.ActTortured, rastro.ActDisappeared,
	rastro.ActDetained, rastro.ActThreatened, rastro.ActOther}

func summarise(places []*rastro.Place, incidents []*rastro.Incident, acts []*rastro.Act) summary {
	placeName := map[int64]string{}
	for _, p := range places {
		placeName[p.ID] = p.Name
		if p.Admin1 != "" && p.Admin1 != p.Name {
			placeName[p.ID] += " (" + p.Admin1 + ")"
		}
	}
	location := map[int64]string{}
	s := summary{count: map[string]map[rastro.ActType]int{"": {}}}
	hasActs := map[int64]bool{}
	for _, a := range acts {
		hasActs[a.IncidentID] = true
	}
	for _, inc := range incidents {
		if !hasActs[inc.ID] {
			continue
		}
		s.withActs++
		location[inc.ID] = placeName[inc.PlaceID]
		if location[inc.ID] == "" {
			location[inc.ID] = "unknown place"
		}
		if s.first.IsZero() || inc.When.Start.First().Before(s.first.First()) {
			s.first = inc.When.Start
		}
		end := inc.When.End
		if end.IsZero() {
			end = inc.When.Start
		}
		if end.Last().After(s.last.Last()) || s.last.IsZero() {
			s.last = end
		}
	}
	for _, a := range acts {
		loc := location[a.IncidentID]
		if s.count[loc] == nil {
			s.count[loc] = map[rastro.ActType]int{}
			s.locations = append(s.locations, loc)
		}
		s.count[loc][a.Type]++
		s.count[loc][""]++
		s.count[""][a.Type]++
	}
	sort.Strings(s.locations)
	for _, h := range harmOrder {
		if s.count[""][h] > 0 {
			s.harms = append(s.harms, h)
		}
	}
	return s
}

// longDate writes a day as "9 January 2023"; coarser dates stay ISO.
func longDate(d rastro.Date) string {
	if d.Precision() != rastro.PrecisionDay {
		return d.String()
	}
	return d.First().Format("2 January 2006")
}

func harmNames(hs []rastro.ActType) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = string(h)
	}
	return out
}
