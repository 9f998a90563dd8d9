package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/dependents"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/transfer"
	"github.com/spf13/cobra"
)

// defaultLimit is the page size of list when --limit is not given.
const defaultLimit = 100

// kind describes one record type to the CLI; command builds its list, show,
// create, update and delete subcommands from it, the same for every type.
type kind[T any, F any] struct {
	name    string // command name: "incident"
	short   string
	service func(*sqldb.DB) rastro.Records[T, F]
	columns []string          // flat column names the list table shows
	help    map[string]string // usage of field flags, by flag name
	// Optional: a longer help, other spellings of the command, a show
	// that replaces the generic one, and subcommands beyond the five.
	long    string
	aliases []string
	showCmd func(*Main) *cobra.Command
	extra   func(*Main) []*cobra.Command
}

func (k kind[T, F]) command(m *Main) *cobra.Command {
	cmd := &cobra.Command{Use: k.name, Short: k.short, Long: k.long, Aliases: k.aliases}
	show := k.show(m)
	if k.showCmd != nil {
		show = k.showCmd(m)
	}
	cmd.AddCommand(k.list(m), show, k.create(m), k.update(m), k.remove(m))
	if k.extra != nil {
		cmd.AddCommand(k.extra(m)...)
	}
	return cmd
}

// records opens the store and returns the type's service.
func (k kind[T, F]) records(ctx context.Context, m *Main) (rastro.Records[T, F], error) {
	db, err := m.Store(ctx)
	if err != nil {
		return nil, err
	}
	return k.service(db), nil
}

// find opens the store and reads one record.
func (k kind[T, F]) find(ctx context.Context, m *Main, id int64) (rastro.Records[T, F], *T, error) {
	svc, err := k.records(ctx, m)
	if err != nil {
		return nil, nil, err
	}
	r, err := svc.Find(ctx, id)
	return svc, r, err
}

func (k kind[T, F]) list(m *Main) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List " + k.name + " records, filtered by the flags given",
		Args:  noArgs,
	}
	help := map[string]string{
		"offset": "skip this many records", "limit": fmt.Sprintf("show at most this many records (default %d; 0: all)", defaultLimit),
		"query": "full-text search", "from": "on or after this date", "to": "on or before this date",
		"ubigeo": "UBIGEO code or prefix", "name": "only records whose name (units: or an alias) contains this text, ignoring case and accents",
	}
	for name, usage := range k.help {
		if help[name] == "" {
			help[name] = "only records with this " + strings.ReplaceAll(name, "-", " ") + ": " + usage
		}
	}
	filters := addFieldFlags(cmd.Flags(), reflect.TypeFor[F](), k.name, "only records with this", help)
	asJSON := cmd.Flags().Bool("json", false, "write JSON")
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		var f F
		if err := filters.apply(&f); err != nil {
			return err
		}
		if !flagSet(cmd.Flags(), "limit") {
			reflect.ValueOf(&f).Elem().FieldByName("Limit").SetInt(defaultLimit)
		}
		svc, err := k.records(cmd.Context(), m)
		if err != nil {
			return err
		}
		rs, total, err := svc.List(cmd.Context(), f)
		if err != nil {
			return err
		}
		if *asJSON {
			if rs == nil {
				rs = []*T{}
			}
			return writeJSON(m.Stdout, struct {
				Total   int  `json:"total"`
				Records []*T `json:"records"`
			}{total, rs})
		}
		t := newTable(m.Stdout, append([]string(nil), k.columns...)...)
		for _, r := range rs {
			t.row(cells(r, k.columns)...)
		}
		if err := t.flush(); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "%d of %d %s records", len(rs), total, k.name)
		if offset := reflect.ValueOf(f).FieldByName("Offset").Int(); int(offset)+len(rs) < total {
			fmt.Fprintf(m.Stdout, " (next page: --offset %d; all: --limit 0)", int(offset)+len(rs))
		}
		fmt.Fprintln(m.Stdout)
		return nil
	}
	return cmd
}

func (k kind[T, F]) show(m *Main) *cobra.Command {
	cmd := &cobra.Command{Use: "show ID", Short: "Show one " + k.name + " record", Args: oneArg("ID")}
	asJSON := cmd.Flags().Bool("json", false, "write JSON")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		id, err := parseID(args[0])
		if err != nil {
			return err
		}
		_, r, err := k.find(cmd.Context(), m, id)
		if err != nil {
			return err
		}
		return k.print(m, r, *asJSON, "")
	}
	return cmd
}

func (k kind[T, F]) print(m *Main, r *T, asJSON bool, verb string) error {
	if asJSON {
		return writeJSON(m.Stdout, r)
	}
	if verb != "" {
		rec := recordOf(r)
		fmt.Fprintf(m.Stdout, "%s %s %d (version %d)\n", verb, k.name, rec.ID, rec.Version)
	}
	return writeRecord(m.Stdout, r)
}

// editFlags are the flags create and update share: a JSON record to start
// from and one flag per field.
type editFlags struct {
	fromJSON *string
	asJSON   *bool
	fields   fieldFlags
}

func (k kind[T, F]) editFlags(cmd *cobra.Command) editFlags {
	return editFlags{
		fromJSON: cmd.Flags().String("from-json", "", "read the record as JSON from `FILE` (- for standard input); flags override its fields"),
		asJSON:   cmd.Flags().Bool("json", false, "write the result as JSON"),
		fields:   addFieldFlags(cmd.Flags(), reflect.TypeFor[T](), k.name, "set", k.help),
	}
}

// load decodes --from-json onto r: fields the JSON holds replace r's, the
// others stay.
func (e editFlags) load(m *Main, r any) error {
	if *e.fromJSON == "" {
		return nil
	}
	name := *e.fromJSON
	var data []byte
	var err error
	if name == "-" {
		name = "standard input"
		data, err = io.ReadAll(m.Stdin)
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return rastro.Errorf(rastro.EINVALID, "cannot read %s: %v", name, err)
	}
	return transfer.DecodeJSON(data, r, name)
}

func (k kind[T, F]) create(m *Main) *cobra.Command {
	cmd := &cobra.Command{Use: "create", Short: "Create a " + k.name + " record from flags or JSON", Args: noArgs}
	e := k.editFlags(cmd)
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		r := new(T)
		if err := e.load(m, r); err != nil {
			return err
		}
		*recordOf(r) = rastro.Record{} // the store numbers and stamps it
		if err := e.fields.apply(r); err != nil {
			return err
		}
		svc, err := k.records(cmd.Context(), m)
		if err != nil {
			return err
		}
		if err := svc.Create(cmd.Context(), r); err != nil {
			return err
		}
		return k.print(m, r, *e.asJSON, "created")
	}
	return cmd
}

func (k kind[T, F]) update(m *Main) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "update ID",
		Short: "Change the fields of a " + k.name + " record whose flags are given",
		Long: "Change only the fields whose flags are given (or that the --from-json record holds). " +
			"With --version N (or a version in the JSON) the edit is refused when the record has changed since version N.",
		Args: oneArg("ID"),
	}
	e := k.editFlags(cmd)
	base := cmd.Flags().Int("version", 0, "the version your edit is based on")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		id, err := parseID(args[0])
		if err != nil {
			return err
		}
		if !e.fields.set() && *e.fromJSON == "" {
			return rastro.Errorf(rastro.EINVALID, "nothing to change: give a field flag or --from-json (see --help)")
		}
		svc, r, err := k.find(cmd.Context(), m, id)
		if err != nil {
			return err
		}
		current := *recordOf(r)
		if err := e.load(m, r); err != nil {
			return err
		}
		rec := recordOf(r)
		based := current.Version
		if flagSet(cmd.Flags(), "version") {
			based = *base
		} else if rec.Version != current.Version && rec.Version != 0 {
			based = rec.Version // the version the JSON was exported at
		}
		if rec.ID != current.ID && rec.ID != 0 {
			return rastro.Errorf(rastro.EINVALID, "the JSON is record %d, not %d", rec.ID, id)
		}
		if based != current.Version {
			return k.stale(id, based, current.Version)
		}
		*rec = current
		if err := e.fields.apply(r); err != nil {
			return err
		}
		if err := svc.Update(cmd.Context(), r); err != nil {
			return err
		}
		return k.print(m, r, *e.asJSON, "updated")
	}
	return cmd
}

func (k kind[T, F]) stale(id int64, based, current int) error {
	return rastro.Errorf(rastro.ECONFLICT, "%s %d has changed since version %d (it is now at version %d): nothing was changed; run `rastro %s show %d` and make your edit again",
		k.name, id, based, current, k.name, id)
}

func (k kind[T, F]) remove(m *Main) *cobra.Command {
	cmd := &cobra.Command{Use: "delete ID --version N", Short: "Delete a " + k.name + " record", Args: oneArg("ID")}
	version := cmd.Flags().Int("version", 0, "the version you mean to delete (required)")
	cited := cmd.Flags().Bool("cited", false, "delete the record even though it cites sources (its citations go with it)")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		id, err := parseID(args[0])
		if err != nil {
			return err
		}
		if !flagSet(cmd.Flags(), "version") {
			return rastro.Errorf(rastro.EINVALID, "delete needs --version N, the version you have seen (rastro %s show %d)", k.name, id)
		}
		db, err := m.Store(cmd.Context())
		if err != nil {
			return err
		}
		rep, err := dependents.Delete(cmd.Context(), db, k.name, id, *version, *cited)
		if err != nil {
			if rep != nil && rep.Citations > 0 && !*cited && !rep.Blocked() && rastro.ErrorCode(err) == rastro.ECONFLICT {
				return rastro.Errorf(rastro.ECONFLICT, "%s (add --cited)", rastro.ErrorMessage(err))
			}
			return err
		}
		fmt.Fprintf(m.Stdout, "deleted %s %d\n", k.name, id)
		return nil
	}
	return cmd
}
