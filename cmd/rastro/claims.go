package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/extract"
	"github.com/rastro-project/rastro/gazetteer"
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

// one returns the single record named, if any; naming two is an error.
func (t *targetFlags) one() (sqldb.ClaimTarget, bool, error) {
	var set []sqldb.ClaimTarget
	for _, c := range []sqldb.ClaimTarget{{Type: "incident", ID: t.incident}, {Type: "place", ID: t.place}, {Type: "discharge", ID: t.discharge},
		{Type: "act", ID: t.act}, {Type: "unit", ID: t.unit}, {Type: "person", ID: t.person}} {
		if c.ID < 0 {
			return c, false, rastro.Errorf(rastro.EINVALID, "--%s %d: want a positive ID", c.Type, c.ID)
		}
		if c.ID > 0 {
			set = append(set, c)
		}
	}
	switch len(set) {
	case 0:
		return sqldb.ClaimTarget{}, false, nil
	case 1:
		return set[0], true, nil
	}
	return sqldb.ClaimTarget{}, false, rastro.Errorf(rastro.EINVALID, "name one record, not --%s and --%s", set[0].Type, set[1].Type)
}

func claimLink(m *Main) *cobra.Command {
	var t targetFlags
	var field string
	cmd := &cobra.Command{Use: "link ID", Short: "Cite a claim on an existing record, changing nothing else", Args: oneArg("claim ID")}
	t.add(cmd, "cite the claim on")
	cmd.Flags().StringVar(&field, "field", "", "the field of the record the claim supports")
	asJSON := cmd.Flags().Bool("json", false, "write the claim as JSON")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		target, ok, err := t.one()
		if err != nil {
			return err
		}
		if !ok {
			return rastro.Errorf(rastro.EINVALID, "link needs the record: --incident, --place, --discharge, --act, --unit or --person ID")
		}
		db, c, _, err := loadClaim(cmd.Context(), m, args[0])
		if err != nil {
			return err
		}
		got, err := db.LinkClaim(cmd.Context(), c.ID, field, target)
		if err != nil {
			return err
		}
		return reportDecision(m.Stdout, got, *asJSON)
	}
	return cmd
}

func claimReject(m *Main) *cobra.Command {
	var reason string
	cmd := &cobra.Command{Use: "reject ID", Short: "Reject a claim, with the reason", Args: oneArg("claim ID")}
	cmd.Flags().StringVar(&reason, "reason", "", "why the claim is wrong or not useful (required)")
	asJSON := cmd.Flags().Bool("json", false, "write the claim as JSON")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		db, c, _, err := loadClaim(cmd.Context(), m, args[0])
		if err != nil {
			return err
		}
		got, err := db.RejectClaim(cmd.Context(), c.ID, reason)
		if err != nil {
			return err
		}
		return reportDecision(m.Stdout, got, *asJSON)
	}
	return cmd
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

// acceptOptions are the values a new record may need beyond the claim's.
type acceptOptions struct {
	targets    targetFlags
	title      string
	date       string
	candidate  int
	confidence string
	placeRef   int64
	unitRef    int64
}

func claimAccept(m *Main) *cobra.Command {
	var o acceptOptions
	cmd := &cobra.Command{
		Use:   "accept ID",
		Short: "Accept a claim into the records",
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
		Args: oneArg("claim ID"),
	}
	o.targets.add(cmd, "accept into")
	cmd.Flags().StringVar(&o.title, "title", "", "title of a new incident")
	cmd.Flags().StringVar(&o.date, "date", "", "date of a new incident or discharge record, when the claim has none")
	cmd.Flags().IntVar(&o.candidate, "candidate", 1, "for an ambiguous place, the rank of the reading to take")
	cmd.Flags().StringVar(&o.confidence, "confidence", "", "confidence of the new record: low, medium, high")
	cmd.Flags().Int64Var(&o.placeRef, "place-id", 0, "place of a new incident or discharge record")
	cmd.Flags().Int64Var(&o.unitRef, "unit-id", 0, "unit of a new discharge record")
	asJSON := cmd.Flags().Bool("json", false, "write the claim as JSON")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		db, c, src, err := loadClaim(cmd.Context(), m, args[0])
		if err != nil {
			return err
		}
		got, err := accept(cmd.Context(), db, c, src, &o)
		if err != nil {
			return err
		}
		return reportDecision(m.Stdout, got, *asJSON)
	}
	return cmd
}

// accept decides what record the claim becomes, by its kind.
func accept(ctx context.Context, db *sqldb.DB, c *rastro.Claim, src *rastro.Source, o *acceptOptions) (*rastro.Claim, error) {
	target, into, err := o.targets.one()
	if err != nil {
		return nil, err
	}
	assertion := rastro.Assertion{Confidence: rastro.Confidence(o.confidence)}
	bad := func(format string, a ...any) error {
		return rastro.Errorf(rastro.EINVALID, "claim %d (%s): "+format, append([]any{c.ID, c.Kind}, a...)...)
	}
	switch c.Kind {
	case rastro.ClaimCount:
		var d extract.CountData
		if err := decodeClaim(c, &d); err != nil {
			return nil, err
		}
		deaths := d.Category == "killed" || d.Category == "extrajudicial_executions"
		note := fmt.Sprintf("Reported by source %d: %s", src.ID, c.Summary)
		switch {
		case into && target.Type == "incident":
			field := "description"
			if deaths {
				field = "reported_fatalities"
			}
			target.Apply = func(r any) error {
				inc := r.(*rastro.Incident)
				if deaths {
					inc.ReportedFatalities = d.Figure
				} else {
					inc.Description = appendLine(inc.Description, note)
				}
				return nil
			}
			return db.AcceptClaimInto(ctx, c.ID, field, target)
		case into && target.Type == "act":
			target.Apply = func(r any) error {
				a := r.(*rastro.Act)
				a.Description = appendLine(a.Description, note)
				return nil
			}
			return db.AcceptClaimInto(ctx, c.ID, "description", target)
		case into:
			return nil, bad("a count is accepted into an incident or an act, not a %s", target.Type)
		}
		when, err := dateFor(o.date, d.Date)
		if err != nil {
			return nil, bad("%v", err)
		}
		inc := &rastro.Incident{Assertion: assertion, Title: o.title, When: rastro.DateRange{Start: when}, PlaceID: o.placeRef, Description: note}
		if inc.Title == "" {
			inc.Title = clipTitle(c.Summary)
		}
		field := "description"
		if deaths {
			inc.ReportedFatalities, field = d.Figure, "reported_fatalities"
		}
		return db.AcceptClaim(ctx, c.ID, field, inc)
	case rastro.ClaimDischarge:
		var d extract.DischargeData
		if err := decodeClaim(c, &d); err != nil {
			return nil, err
		}
		if into {
			return nil, bad("a discharge report becomes a new discharge record; use rastro claim link to cite it on an existing one")
		}
		when, err := dateFor(o.date, d.Date)
		if err != nil {
			return nil, bad("%v", err)
		}
		label := d.AgentLabel
		if d.Unit != "" {
			label = strings.TrimSpace(label + " of " + d.Unit)
		}
		rec := &rastro.DischargeRecord{Assertion: assertion, Rounds: d.Rounds, Calibre: d.Calibre, Weapon: d.Weapon,
			AgentLabel: label, Date: when, UnitID: o.unitRef, PlaceID: o.placeRef, IncidentID: o.targets.incident}
		return db.AcceptClaim(ctx, c.ID, "", rec)
	case rastro.ClaimPlace:
		var d extract.PlaceData
		if err := decodeClaim(c, &d); err != nil {
			return nil, err
		}
		if into {
			return nil, bad("a place claim becomes a new place; use rastro claim link --place ID to cite it on an existing one")
		}
		p, err := placeReading(d, o.candidate)
		if err != nil {
			return nil, bad("%v", err)
		}
		if p.Ubigeo != "" {
			u := p.Ubigeo
			same, _, err := db.Places().List(ctx, rastro.PlaceFilter{Ubigeo: &u})
			if err != nil {
				return nil, err
			}
			for _, q := range same {
				if q.Ubigeo == u {
					return nil, rastro.Errorf(rastro.ECONFLICT, "place %d already has UBIGEO %s (%s): cite the claim on it with rastro claim link %d --place %d", q.ID, u, q.Name, c.ID, q.ID)
				}
			}
		}
		p.Assertion = assertion
		return db.AcceptClaim(ctx, c.ID, "", &p)
	case rastro.ClaimWound, rastro.ClaimWeapon:
		if !into || target.Type != "act" {
			return nil, bad("name the act it describes: --act ID")
		}
		var wound extract.WoundData
		var weapon extract.WeaponData
		if c.Kind == rastro.ClaimWound {
			if err := decodeClaim(c, &wound); err != nil {
				return nil, err
			}
		} else if err := decodeClaim(c, &weapon); err != nil {
			return nil, err
		}
		target.Apply = func(r any) error {
			a := r.(*rastro.Act)
			if c.Kind == rastro.ClaimWound {
				region := rastro.BodyRegion(wound.BodyRegion)
				for _, have := range a.WoundRegions {
					if have == region {
						return nil
					}
				}
				a.WoundRegions = append(a.WoundRegions, region)
				return nil
			}
			if weapon.Calibre != "" {
				a.Calibre = weapon.Calibre
			}
			if weapon.Type == "firearm" {
				a.Weapon = weapon.Name
			}
			if weapon.Munition != "" {
				a.Munition = rastro.Munition(weapon.Munition)
			}
			return nil
		}
		field := "wound_regions"
		if c.Kind == rastro.ClaimWeapon {
			field = "weapon"
		}
		return db.AcceptClaimInto(ctx, c.ID, field, target)
	case rastro.ClaimActor:
		var d extract.ActorData
		if err := decodeClaim(c, &d); err != nil {
			return nil, err
		}
		if into {
			return nil, bad("an actor becomes a new unit or person; use rastro claim link to cite it on an existing one")
		}
		if d.Type == "person" {
			p := &rastro.Person{Assertion: assertion, Name: d.Name, Occupation: d.Title}
			if d.Organization != "" {
				p.Notes = "Organisation: " + d.Organization
			}
			return db.AcceptClaim(ctx, c.ID, "", p)
		}
		force, ok := forceOf(d)
		if !ok {
			return nil, bad("%s is not a security force; cite the claim with rastro claim link", d.Name)
		}
		name := d.Name
		same, _, err := db.Units().List(ctx, rastro.UnitFilter{Name: &name})
		if err != nil {
			return nil, err
		}
		for _, u := range same {
			if strings.EqualFold(u.Name, d.Name) {
				return nil, rastro.Errorf(rastro.ECONFLICT, "unit %d is already %s: cite the claim on it with rastro claim link %d --unit %d", u.ID, u.Name, c.ID, u.ID)
			}
		}
		u := &rastro.Unit{Assertion: assertion, Name: d.Name, Force: force, Country: "PE"}
		for _, a := range []string{d.Acronym, d.English} {
			if a != "" && a != d.Name {
				u.Aliases = append(u.Aliases, a)
			}
		}
		return db.AcceptClaim(ctx, c.ID, "", u)
	case rastro.ClaimDate:
		if !into || target.Type != "incident" {
			return nil, bad("name the incident it dates: --incident ID")
		}
		return db.AcceptClaimInto(ctx, c.ID, "when", target)
	}
	return nil, bad("cite it on a record with rastro claim link %d --TYPE ID", c.ID)
}

// forceOf tells which force an institution belongs to, for the unit an
// actor claim becomes; ok is false for bodies that are not forces.
func forceOf(d extract.ActorData) (rastro.Force, bool) {
	switch {
	case d.Type == "police" || d.Type == "unit" && strings.Contains(d.Parent, "Policía"):
		return rastro.ForcePolice, true
	case strings.Contains(d.Name, "Ejército"):
		return rastro.ForceArmy, true
	case strings.Contains(d.Name, "Marina"):
		return rastro.ForceNavy, true
	case strings.Contains(d.Name, "Fuerza Aérea"):
		return rastro.ForceAirForce, true
	case d.Type == "military" || d.Type == "unit":
		return rastro.ForceOther, true
	}
	return "", false
}

func decodeClaim(c *rastro.Claim, v any) error {
	if err := json.Unmarshal(c.Data, v); err != nil {
		return rastro.Errorf(rastro.EINVALID, "claim %d has no readable %s data: %v", c.ID, c.Kind, err)
	}
	return nil
}

// dateFor picks the date of a new record: the flag, else the claim's. The
// publication date is not a stand-in: deaths reported on a day happened
// before it, so the investigator has to say when.
func dateFor(flag, claimDate string) (rastro.Date, error) {
	for _, s := range []string{flag, claimDate} {
		if s != "" {
			return rastro.ParseDate(s)
		}
	}
	return rastro.Date{}, fmt.Errorf("the claim gives no date of its own: give --date (YYYY-MM-DD, YYYY-MM or YYYY)")
}

// placeReading returns the domain place for the chosen reading of a place
// claim, from the gazetteer when it has a UBIGEO code.
func placeReading(d extract.PlaceData, rank int) (rastro.Place, error) {
	ubigeo := d.Ubigeo
	if len(d.Candidates) > 0 {
		if rank < 1 || rank > len(d.Candidates) {
			return rastro.Place{}, fmt.Errorf("--candidate %d: the name has %d readings", rank, len(d.Candidates))
		}
		ubigeo = d.Candidates[rank-1].Ubigeo
	} else if rank != 1 {
		return rastro.Place{}, fmt.Errorf("--candidate %d: the name has one reading", rank)
	}
	if ubigeo != "" {
		if p, ok := gazetteer.Default().Lookup(ubigeo); ok {
			return p.Rastro(), nil
		}
	}
	return d.Place(), nil
}

func appendLine(s, line string) string {
	if s == "" {
		return line
	}
	return s + "\n" + line
}

func clipTitle(s string) string {
	s = strings.TrimPrefix(s, "count: ")
	if r := []rune(s); len(r) > 120 {
		return string(r[:119]) + "…"
	}
	return s
}
