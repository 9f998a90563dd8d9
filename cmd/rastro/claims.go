package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/claimaccept"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/spf13/cobra"
)

// claimLong is the help of rastro claim (also spelt rastro claims).
const claimLong = `Claims are leads mined from sources by rastro ingest. An investigator
lists them (list --status pending), reads one in context (show), accepts it
into the records (a count into an incident, a discharge report into a
discharge record, a place into a place, a wound or weapon into an act), links
it to an existing record as a further citation, or rejects it with a reason.
Accepting and linking cite the claim's source, page, paragraph, byte span and
words on the record. create, update and delete edit claims as records.`

// claimReview are the review subcommands rastro claim has beyond the
// generic record ones.
func claimReview(m *Main) []*cobra.Command {
	return []*cobra.Command{claimAccept(m), claimLink(m), claimReject(m)}
}

// loadClaim opens the store and reads a claim and its source.
func loadClaim(ctx context.Context, m *Main, arg string) (*sqldb.DB, *rastro.Claim, *rastro.Source, error) {
	id, err := parseID(arg)
	if err != nil {
		return nil, nil, nil, err
	}
	db, err := m.Store(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	c, err := db.Claims().Find(ctx, id)
	if err != nil {
		return nil, nil, nil, err
	}
	src, err := db.Sources().Find(ctx, c.SourceID)
	if err != nil {
		return nil, nil, nil, err
	}
	return db, c, src, nil
}

func claimShow(m *Main) *cobra.Command {
	cmd := &cobra.Command{Use: "show ID", Short: "Show a claim, its data and the words around it", Args: oneArg("claim ID")}
	asJSON := cmd.Flags().Bool("json", false, "write the claim record as JSON")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		_, c, src, err := loadClaim(cmd.Context(), m, args[0])
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(m.Stdout, c)
		}
		cit := sqldb.ClaimCitation(src, c, "")
		w := m.Stdout
		fmt.Fprintf(w, "claim %d (%s, %s): %s\n", c.ID, c.Kind, c.Status, c.Summary)
		fmt.Fprintf(w, "source %d %q", src.ID, src.Title)
		if cit.Page > 0 {
			fmt.Fprintf(w, ", page %d", cit.Page)
		}
		fmt.Fprintf(w, ", paragraph %d, bytes %d-%d\n", cit.Paragraph, c.Start, c.End)
		fmt.Fprintf(w, "  %s\n", context3(src.Text, c.Start, c.End))
		if c.RecordType != "" {
			fmt.Fprintf(w, "%s into %s %d\n", c.Status, c.RecordType, c.RecordID)
		}
		if c.Note != "" {
			fmt.Fprintf(w, "note: %s\n", c.Note)
		}
		if len(c.Data) > 0 {
			var v any
			if json.Unmarshal(c.Data, &v) == nil {
				b, _ := json.MarshalIndent(v, "", "  ")
				fmt.Fprintf(w, "data: %s\n", b)
			}
		}
		return nil
	}
	return cmd
}

// context3 returns the line around a span with the span marked »like this«.
func context3(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return "(span outside the source text)"
	}
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	le := strings.IndexByte(text[end:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += end
	}
	before, after := text[ls:start], text[end:le]
	if len(before) > 160 {
		before = "…" + before[len(before)-160:]
	}
	if len(after) > 160 {
		after = after[:160] + "…"
	}
	return strings.ToValidUTF8(before+"»"+text[start:end]+"«"+after, "")
}

// targetFlags are the records a decision may point at.
type targetFlags struct {
	incident, place, discharge, act, unit, person int64
}

func (t *targetFlags) add(cmd *cobra.Command, verb string) {
	cmd.Flags().Int64Var(&t.incident, "incident", 0, verb+" this incident")
	cmd.Flags().Int64Var(&t.place, "place", 0, verb+" this place")
	cmd.Flags().Int64Var(&t.discharge, "discharge", 0, verb+" this discharge record")
	cmd.Flags().Int64Var(&t.act, "act", 0, verb+" this act")
	cmd.Flags().Int64Var(&t.unit, "unit", 0, verb+" this unit")
	cmd.Flags().Int64Var(&t.person, "person", 0, verb+" this person")
}

// into sets the single record named on d; naming two is an error.
func (t *targetFlags) into(d *claimaccept.Decision) error {
	var set []sqldb.ClaimTarget
	for _, c := range []sqldb.ClaimTarget{{Type: "incident", ID: t.incident}, {Type: "place", ID: t.place}, {Type: "discharge", ID: t.discharge},
		{Type: "act", ID: t.act}, {Type: "unit", ID: t.unit}, {Type: "person", ID: t.person}} {
		if c.ID < 0 {
			return rastro.Errorf(rastro.EINVALID, "--%s %d: want a positive ID", c.Type, c.ID)
		}
		if c.ID > 0 {
			set = append(set, c)
		}
	}
	switch len(set) {
	case 0:
		return nil
	case 1:
		d.TargetType, d.TargetID = set[0].Type, set[0].ID
		return nil
	}
	return rastro.Errorf(rastro.EINVALID, "name one record, not --%s and --%s", set[0].Type, set[1].Type)
}

func claimLink(m *Main) *cobra.Command {
	var t targetFlags
	var field string
	cmd := &cobra.Command{Use: "link ID...", Short: "Cite claims on an existing record, changing nothing else", Args: someArgs("claim ID")}
	t.add(cmd, "cite the claim on")
	cmd.Flags().StringVar(&field, "field", "", "the field of the record the claim supports")
	asJSON := cmd.Flags().Bool("json", false, "write the claim as JSON")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		d := claimaccept.Decision{Field: field}
		if err := t.into(&d); err != nil {
			return err
		}
		if d.TargetType == "" {
			return rastro.Errorf(rastro.EINVALID, "link needs the record: --incident, --place, --discharge, --act, --unit or --person ID")
		}
		return decideClaims(cmd, m, "link", args, d, *asJSON)
	}
	return cmd
}

func claimReject(m *Main) *cobra.Command {
	var reason string
	cmd := &cobra.Command{Use: "reject ID...", Short: "Reject claims, with the reason", Args: someArgs("claim ID")}
	cmd.Flags().StringVar(&reason, "reason", "", "why the claim is wrong or not useful (required)")
	asJSON := cmd.Flags().Bool("json", false, "write the claim as JSON")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		return decideClaims(cmd, m, "reject", args, claimaccept.Decision{Reason: reason}, *asJSON)
	}
	return cmd
}

// decideClaims applies one decision to the claims named, by the rules the
// web's queue uses too (claimaccept.DecideAll): accepting several claims
// that say the same thing takes the first into a record and cites the
// others on it.
func decideClaims(cmd *cobra.Command, m *Main, action string, args []string, d claimaccept.Decision, asJSON bool) error {
	ids := make([]int64, len(args))
	for i, a := range args {
		id, err := parseID(a)
		if err != nil {
			return err
		}
		ids[i] = id
	}
	db, err := m.Store(cmd.Context())
	if err != nil {
		return err
	}
	got, err := claimaccept.DecideAll(cmd.Context(), db, action, ids, d)
	switch {
	case asJSON && len(ids) == 1 && len(got) == 1:
		if werr := writeJSON(m.Stdout, got[0]); werr != nil {
			return werr
		}
	case asJSON && len(got) > 0:
		if werr := writeJSON(m.Stdout, got); werr != nil {
			return werr
		}
	case !asJSON:
		for _, c := range got {
			if werr := reportDecision(m.Stdout, c, false); werr != nil {
				return werr
			}
		}
	}
	return err
}

// someArgs wants one or more arguments.
func someArgs(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return rastro.Errorf(rastro.EINVALID, "%s needs at least one %s", cmd.CommandPath(), what)
		}
		return nil
	}
}

func reportDecision(w io.Writer, c *rastro.Claim, asJSON bool) error {
	if asJSON {
		return writeJSON(w, c)
	}
	switch c.Status {
	case rastro.ClaimRejected:
		_, err := fmt.Fprintf(w, "claim %d rejected: %s\n", c.ID, c.Note)
		return err
	case rastro.ClaimLinked:
		_, err := fmt.Fprintf(w, "claim %d linked: cited on %s %d\n", c.ID, c.RecordType, c.RecordID)
		return err
	}
	_, err := fmt.Fprintf(w, "claim %d accepted into %s %d, with its citation\n", c.ID, c.RecordType, c.RecordID)
	return err
}

func claimAccept(m *Main) *cobra.Command {
	var t targetFlags
	var d claimaccept.Decision
	cmd := &cobra.Command{
		Use:   "accept ID...",
		Short: "Accept a claim into the records (several that say the same thing: the first, the others cited on it)",
		Long: `Accept turns a claim into a record, with the claim's citation:
  count      a new incident (reported fatalities for deaths; the count noted in
             the description otherwise; --date when the claim has none, --title,
             --place-id), or with --incident ID that incident's
             reported fatalities (deaths) or description (other counts);
             with --act ID a note on the act
  discharge  a new discharge record (rounds, calibre, weapon, agents; --date
             when the claim has none; --unit-id, --place-id, --incident to fill
             the references)
  place      a new place from the gazetteer reading (--candidate N picks
             another reading of an ambiguous name)
  actor      a new unit (security forces and their units) or person
  wound      the body region added to --act ID
  weapon     the weapon or calibre set on --act ID
  date       the date cited on --incident ID
Other kinds are cited with rastro claim link.`,
		Args: someArgs("claim ID"),
	}
	t.add(cmd, "accept into")
	cmd.Flags().StringVar(&d.Title, "title", "", "title of a new incident")
	cmd.Flags().StringVar(&d.Date, "date", "", "date of a new incident or discharge record, when the claim has none")
	cmd.Flags().IntVar(&d.Candidate, "candidate", 1, "for an ambiguous place, the rank of the reading to take")
	cmd.Flags().StringVar(&d.Confidence, "confidence", "", "confidence of the new record: low, medium, high")
	cmd.Flags().Int64Var(&d.PlaceID, "place-id", 0, "place of a new incident or discharge record")
	cmd.Flags().Int64Var(&d.UnitID, "unit-id", 0, "unit of a new discharge record")
	asJSON := cmd.Flags().Bool("json", false, "write the claim as JSON")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if err := t.into(&d); err != nil {
			return err
		}
		return decideClaims(cmd, m, "accept", args, d, *asJSON)
	}
	return cmd
}
