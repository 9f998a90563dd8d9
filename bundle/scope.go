package bundle

import (
	"context"
	"fmt"
	"time"

	"github.com/rastro-project/rastro"
)

// Scope is the evidence a bundle holds: one incident's (with its acts'),
// one act's, or the whole locker's.
type Scope struct {
	Incident, Act int64
	All           bool
}

// Check refuses a scope that is not exactly one of the three.
func (s Scope) Check() error {
	n := 0
	for _, set := range []bool{s.Incident != 0, s.Act != 0, s.All} {
		if set {
			n++
		}
	}
	if n != 1 {
		return rastro.Errorf(rastro.EINVALID, "a bundle holds the evidence of exactly one of: an incident, an act, or all")
	}
	if s.Incident < 0 || s.Act < 0 {
		return rastro.Errorf(rastro.EINVALID, "the incident and act of a bundle take positive IDs")
	}
	return nil
}

// String names the scope as the manifest and the custody notes do.
func (s Scope) String() string {
	switch {
	case s.Incident > 0:
		return fmt.Sprintf("incident %d", s.Incident)
	case s.Act > 0:
		return fmt.Sprintf("act %d", s.Act)
	}
	return "all"
}

// Collect gathers what an export of scope reads: the items, their custody
// entries in log order and the log's head.
func Collect(ctx context.Context, svc rastro.EvidenceService, blobs rastro.BlobStore, scope Scope) (Source, error) {
	if err := scope.Check(); err != nil {
		return Source{}, err
	}
	var f rastro.EvidenceFilter
	if scope.Incident > 0 {
		f.IncidentID = &scope.Incident
	}
	if scope.Act > 0 {
		f.ActID = &scope.Act
	}
	items, _, err := svc.ListEvidence(ctx, f)
	if err != nil {
		return Source{}, err
	}
	if len(items) == 0 {
		return Source{}, rastro.Errorf(rastro.ENOTFOUND, "no evidence for %s", scope)
	}
	want := map[int64]bool{}
	for _, it := range items {
		want[it.ID] = true
	}
	log, err := svc.ListCustody(ctx, rastro.CustodyFilter{})
	if err != nil {
		return Source{}, err
	}
	src := Source{Blobs: blobs, Items: items, Scope: scope.String()}
	for _, e := range log {
		if want[e.ItemID] {
			src.Custody = append(src.Custody, e)
		}
		src.Head = e.Hash
	}
	return src, nil
}

// RecordExport gives each exported item an "exported" custody entry naming
// the bundle's file and scope; call it once the bundle is written whole.
func RecordExport(ctx context.Context, svc rastro.EvidenceService, src Source, file, actor string) error {
	note := fmt.Sprintf("exported in bundle %s (%s)", file, src.Scope)
	for _, it := range src.Items {
		if err := svc.AppendCustody(ctx, &rastro.CustodyEntry{ItemID: it.ID, Action: rastro.CustodyExported, Actor: actor, Time: time.Now(), Note: note}); err != nil {
			return err
		}
	}
	return nil
}
