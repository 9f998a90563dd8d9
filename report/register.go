package report

import (
	"html"
	"strconv"
	"strings"
)

// The act register and the act lists can hold tens of thousands of rows, so
// they are written directly rather than through the template, with every
// text escaped here.

// registerHTML writes the table of every act in scope, each row the anchor
// "a<ID>" that act lists link to.
func registerHTML(b *htmlw, s *Scope, in *Input, sources map[int64][]int64, opt Options, tr translator) {
	if len(s.Acts) == 0 {
		b.WriteString("<p>" + html.EscapeString(tr.T("no.acts")) + "</p>\n")
		return
	}
	final := finalConclusions(in)
	b.table("register", tr, "col.act", "col.incident", "col.date", "col.place", "col.victim", "col.type", "col.munition", "col.wounds", "col.conclusion", "col.sources")
	cell := b.td
	for _, a := range s.Acts {
		id := strconv.FormatInt(a.ID, 10)
		b.WriteString(`<tr id="a`)
		b.WriteString(id)
		b.WriteString(`"><td>`)
		b.WriteString(id)
		b.WriteString("</td>")
		inc := s.Incident[a.IncidentID]
		n := strconv.FormatInt(inc.ID, 10) // the date and place have columns of their own
		b.WriteString(`<td><a href="#i` + n + `" title="`)
		b.text(inc.Title)
		b.WriteString(`">#` + n + `</a></td>`)
		cell(s.ActDate(a).String())
		place := ""
		if p := s.PlaceOf(inc); p != nil {
			place = p.Name
		}
		cell(place)
		cell(victimLabel(s, a.VictimID, opt, tr))
		cell(tr.Enum("act", string(a.Type)))
		cell(tr.Enum("munition", string(a.Munition)))
		regions := make([]string, len(a.WoundRegions))
		for i, r := range a.WoundRegions {
			regions[i] = tr.Enum("region", string(r))
		}
		cell(strings.Join(regions, ", "))
		if c, ok := final[a.ID]; ok {
			cell(tr.Enum("conclusion", c))
		} else {
			cell("")
		}
		b.WriteString("<td>")
		for i, src := range sources[a.ID] {
			if i > 0 {
				b.WriteString(" ")
			}
			n := strconv.FormatInt(src, 10)
			b.WriteString(`<a href="#s` + n + `">S` + n + `</a>`)
		}
		b.WriteString("</td></tr>\n")
	}
	b.end()
}

// victimLabel names a victim only when asked to and the person is not
// protected; otherwise by record number.
func victimLabel(s *Scope, id int64, opt Options, tr translator) string {
	if id == 0 {
		return tr.T("none")
	}
	p := s.Person[id]
	switch {
	case p != nil && p.Protected:
		return tr.T("victim.n", id) + " (" + tr.T("victim.protected") + ")"
	case p != nil && opt.Names:
		return p.Name
	}
	return tr.T("victim.n", id)
}

// listsHTML writes every act list under its anchor, each act linking to its
// row in the register.
func listsHTML(b *htmlw, lists []*ActList, tr translator) {
	for _, l := range lists {
		b.WriteString(`<div class="actlist" id="`)
		b.WriteString(l.Anchor)
		b.WriteString(`"><h3>`)
		b.WriteString(html.EscapeString(strings.Join(l.Labels, "; ")))
		b.WriteString(` <span class="n">(`)
		b.WriteString(strconv.Itoa(len(l.Acts)))
		b.WriteString(` `)
		b.WriteString(html.EscapeString(tr.T("col.acts")))
		b.WriteString(`)</span></h3><p>`)
		for i, id := range l.Acts {
			if i > 0 {
				b.WriteString(" ")
			}
			n := strconv.FormatInt(id, 10)
			b.WriteString(`<a href="#a`)
			b.WriteString(n)
			b.WriteString(`">`)
			b.WriteString(n)
			b.WriteString(`</a>`)
		}
		b.WriteString("</p></div>\n")
	}
}

// byPlaceHTML writes the table of victims by place and date, each number
// linking to its acts.
func byPlaceHTML(depts, rows []PlaceDateRow, tr translator) string {
	if len(rows) == 0 {
		return "<p>" + html.EscapeString(tr.T("no.acts")) + "</p>\n"
	}
	var w htmlw
	w.Grow(len(rows) * 300)
	counts := func(r PlaceDateRow, cell func(Cell, string)) {
		w.WriteString(`<td class="num">` + strconv.Itoa(r.Incidents) + "</td>")
		for _, c := range r.Harm {
			cell(c, "num")
		}
		cell(r.Total, "num total")
		w.WriteString("</tr>\n")
	}
	cell := func(c Cell, class string) {
		w.WriteString(`<td class="` + class + `">`)
		n := strconv.Itoa(c.N)
		if c.Ref != "" {
			w.WriteString(`<a href="#` + c.Ref + `">` + n + `</a>`)
		} else {
			w.WriteString(n)
		}
		w.WriteString("</td>")
	}
	w.WriteString("<h3>" + html.EscapeString(tr.T("byplace.departments")) + "</h3>\n")
	w.table("figures summary", tr, "col.department", "num:col.incidents", "num:col.killed", "num:col.injured", "num:col.other", "num:col.total")
	for _, r := range depts {
		w.WriteString("<tr>")
		w.td(r.Department)
		counts(r, cell)
	}
	w.end()
	w.WriteString("<h3>" + html.EscapeString(tr.T("byplace.rows")) + "</h3>\n")
	w.table("figures", tr, "col.date", "col.department", "col.place", "num:col.incidents", "num:col.killed", "num:col.injured", "num:col.other", "num:col.total")
	for _, r := range rows {
		w.WriteString("<tr>")
		w.td(r.Date)
		w.td(r.Department)
		w.td(r.Place)
		counts(r, cell)
	}
	w.end()
	return w.String()
}

// incidentsHTML writes the list of incidents in scope, each row the anchor
// "i<ID>" the act register links to, with a link to the incident's acts.
func incidentsHTML(w *htmlw, s *Scope, f *Figures, tr translator) {
	if len(s.Incidents) == 0 {
		return
	}
	w.table("incidents", tr, "col.incident", "col.date", "col.place", "col.title", "num:col.acts")
	for _, inc := range s.Incidents {
		n := strconv.FormatInt(inc.ID, 10)
		w.WriteString(`<tr id="i` + n + `"><td>#` + n + "</td>")
		when := inc.When.Start.String()
		if !inc.When.End.IsZero() && inc.When.End != inc.When.Start {
			when += " – " + inc.When.End.String()
		}
		w.td(when)
		place := ""
		if p := s.PlaceOf(inc); p != nil {
			place = p.Name
		}
		w.td(place)
		w.td(inc.Title)
		acts := strconv.Itoa(len(s.ActsOf[inc.ID]))
		if ref := f.IncidentRef[inc.ID]; ref != "" {
			w.WriteString(`<td class="num"><a href="#` + ref + `">` + acts + "</a></td>")
		} else {
			w.WriteString(`<td class="num">` + acts + "</td>")
		}
		w.WriteString("</tr>\n")
	}
	w.end()
}
