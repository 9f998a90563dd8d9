package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/spf13/cobra"
)

func init() { register(auditCommand) }

func auditCommand(m *Main) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "audit",
		Short: "Read the append-only audit log (admins)",
	}
	list := &cobra.Command{
		Use:   "list",
		Short: "List audit entries, newest first: changes (old and new values), logins, reads of protected data",
		Args:  noArgs,
	}
	var f rastro.AuditFilter
	actor := list.Flags().String("actor", "", "only this actor (user name, or cli:USER)")
	action := list.Flags().String("action", "", "only this action: "+strings.Join(rastro.AuditActions, ", "))
	rtype := list.Flags().String("type", "", "only this record type (person, incident, user, …)")
	id := list.Flags().Int64("id", 0, "only this record ID (with --type)")
	since := list.Flags().String("since", "", "only entries from this day (YYYY-MM-DD) or RFC 3339 time")
	list.Flags().IntVar(&f.Limit, "limit", 100, "at most this many entries (0: all)")
	list.Flags().IntVar(&f.Offset, "offset", 0, "skip this many entries")
	asJSON := list.Flags().Bool("json", false, "write JSON, with old and new values")
	list.RunE = func(cmd *cobra.Command, _ []string) error {
		if flagSet(cmd.Flags(), "actor") {
			f.Actor = actor
		}
		if flagSet(cmd.Flags(), "action") {
			f.Action = action
		}
		if flagSet(cmd.Flags(), "type") {
			f.RecordType = rtype
		}
		if flagSet(cmd.Flags(), "id") {
			f.RecordID = id
		}
		if *since != "" {
			t, err := time.Parse(time.DateOnly, *since)
			if err != nil {
				if t, err = time.Parse(time.RFC3339, *since); err != nil {
					return rastro.Errorf(rastro.EINVALID, "--since %q: want a day (2026-01-31) or an RFC 3339 time", *since)
				}
			}
			f.Since = &t
		}
		db, err := m.Store(cmd.Context())
		if err != nil {
			return err
		}
		es, n, err := db.ListAudit(cmd.Context(), f)
		if err != nil {
			return err
		}
		if *asJSON {
			if es == nil {
				es = []*rastro.AuditEntry{}
			}
			return writeJSON(m.Stdout, es)
		}
		t := newTable(m.Stdout, "seq", "time", "actor", "action", "record", "address", "detail")
		for _, e := range es {
			rec := e.RecordType
			if e.RecordID != 0 {
				rec += fmt.Sprintf(" %d", e.RecordID)
			}
			t.row(fmt.Sprint(e.Seq), e.Time.Format(time.RFC3339), e.Actor, e.Action, rec, e.RemoteAddr, e.Detail)
		}
		if err := t.flush(); err != nil {
			return err
		}
		if len(es) < n {
			fmt.Fprintf(m.Stderr, "%d of %d entries (see --limit, --offset)\n", len(es), n)
		}
		return nil
	}
	cmd.AddCommand(list)
	return cmd
}
