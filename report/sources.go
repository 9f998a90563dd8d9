package report

import "github.com/rastro-project/rastro"

// SourceRow is a source the records in scope cite, with the acts that rest
// on it: those citing it, and all the acts of an incident or place citing it.
type SourceRow struct {
	Source *rastro.Source
	Acts   Cell
}

// citedSources lists the sources cited by the acts, incidents, places and
// discharge records in scope, in ID order. It returns the sources each act
// rests on too, for the act register.
func citedSources(s *Scope, b *rastro.Bundle, lists *actLists, tr translator) ([]SourceRow, map[int64][]int64) {
	acts := map[int64]map[int64]bool{} // source → acts
	bySource := func(src int64, ids []*rastro.Act) {
		if src <= 0 {
			return
		}
		if acts[src] == nil {
			acts[src] = map[int64]bool{}
		}
		for _, a := range ids {
			acts[src][a.ID] = true
		}
	}
	for _, a := range s.Acts {
		one := []*rastro.Act{a}
		for _, c := range a.Citations {
			bySource(c.SourceID, one)
		}
	}
	for _, inc := range s.Incidents {
		for _, c := range inc.Citations {
			bySource(c.SourceID, s.ActsOf[inc.ID])
		}
		if p := s.PlaceOf(inc); p != nil {
			for _, c := range p.Citations {
				bySource(c.SourceID, s.ActsOf[inc.ID])
			}
		}
	}
	for _, d := range b.Discharges {
		if s.Incident[d.IncidentID] != nil {
			bySource(d.SourceID, s.ActsOf[d.IncidentID])
			for _, c := range d.Citations {
				bySource(c.SourceID, s.ActsOf[d.IncidentID])
			}
		}
	}
	rows := make([]SourceRow, 0, len(acts))
	perAct := map[int64][]int64{}
	// Sources in ID order, so each act's own list comes out sorted too.
	ids := make([]int64, 0, len(acts))
	for id := range acts {
		ids = append(ids, id)
	}
	sortIDs(ids)
	for _, id := range ids {
		src := s.Source[id]
		if src == nil {
			// A citation of a source the bundle lacks: show its number.
			src = &rastro.Source{Record: rastro.Record{ID: id}, Title: tr.T("unknown")}
		}
		list := make([]int64, 0, len(acts[id]))
		for a := range acts[id] {
			list = append(list, a)
			perAct[a] = append(perAct[a], id)
		}
		sortIDs(list)
		rows = append(rows, SourceRow{Source: src, Acts: Cell{len(list), lists.ref(labelJoin(tr.T("col.source"), src.Title), list)}})
	}
	return rows, perAct
}
