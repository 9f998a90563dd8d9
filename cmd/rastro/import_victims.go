package main

import (
	"fmt"
	"os"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/victims"
	"github.com/spf13/cobra"
)

func importVictimsCommand(m *Main) *cobra.Command {
	var opt victims.Options
	var harm, mapping string
	cmd := &cobra.Command{
		Use:   "victims LIST.csv --map FIELD=COLUMN,… --list NAME",
		Short: "Add a list of victims (CSV) as persons and acts, one source per list",
		Long: `Read a list of victims published as CSV into the database: one source for the
list (its publisher is the list's name, so rastro estimate --db-victims counts
one list per name), and for every row a person and an act, each citing the
row, in an incident for each date and place the list names.

--map says which column holds which field: name (full name, given names
first) or given, surname and surname2; age; sex; birth (date of birth); date
(of the events); place (where it happened) and home (where the victim lived),
as UBIGEO codes or names the gazetteer knows; harm (killed, injured,
detained, tortured, disappeared, threatened; fallecido, herido, detenido…).

The whole file is checked first: a value that does not fit is reported with
its line and column, and nothing is imported. Then link the lists
(rastro link) and estimate (rastro estimate --db-victims).`,
		Args: oneArg("LIST.csv"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			data, err := os.ReadFile(args[0])
			if err != nil {
				return rastro.Errorf(rastro.EINVALID, "cannot read %s: %v", args[0], err)
			}
			opt.Harm = rastro.ActType(harm)
			if opt.Map, err = victims.ParseMapping(mapping); err != nil {
				return err
			}
			db, err := m.Store(ctx)
			if err != nil {
				return err
			}
			res, err := victims.Import(ctx, db, data, args[0], opt)
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "imported %s as list %q (source %d): %d persons, %d acts, %d incidents, %d places\n",
				args[0], opt.List, res.Source.ID, len(res.Persons), len(res.Acts), len(res.Incidents), len(res.Places))
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&mapping, "map", "", "column mapping: name=nombre,age=edad,sex=sexo,date=fecha,place=lugar,harm=situacion,…")
	fl.StringVar(&opt.List, "list", "", "the list's name (required): lists of one name are one list to estimate")
	fl.StringVar(&opt.SourceTitle, "source-title", "", "title of the list's source (default the list's name)")
	fl.StringVar(&opt.Date, "date", "", "date of the events for rows without one (YYYY-MM-DD, YYYY-MM or YYYY)")
	fl.StringVar(&harm, "harm", "", "act for rows without a harm column: killed, injured, … (default injured without a harm column)")
	fl.BoolVar(&opt.Protected, "protected", false, "seal the persons' identities (readable only by roles that may)")
	fl.StringVar(&opt.Lang, "lang", "en", "language of the titles the import writes (incidents, the source's summary): en or es")
	fl.StringSliceVar((*[]string)(&opt.Tags), "tag", nil, "tag on the list's source and every record it adds (repeatable)")
	return cmd
}
