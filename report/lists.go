package report

import (
	"strconv"
	"strings"
)

// ActList is the set of acts behind a figure: a number in a table, a bar, a
// circle on the map. The report prints every list under its anchor, so each
// figure links to the acts it counts.
type ActList struct {
	Anchor string   // the id of the list's section in the document
	Labels []string // the figures that count exactly these acts
	Acts   []int64  // in ID order
}

// actLists hands out one list per distinct set of acts, so figures that count
// the same acts (the killed of a one-incident day) share a list.
type actLists struct {
	byKey map[string]*ActList
	all   []*ActList
	buf   []byte
}

func newActLists() *actLists { return &actLists{byKey: map[string]*ActList{}} }

// ref returns the anchor of the list of acts (sorted by ID), labelled with
// the figure that uses it; "" for no acts, since an empty list proves nothing.
func (l *actLists) ref(label string, acts []int64) string {
	if len(acts) == 0 {
		return ""
	}
	l.buf = l.buf[:0]
	for _, id := range acts {
		l.buf = strconv.AppendInt(l.buf, id, 36)
		l.buf = append(l.buf, ',')
	}
	if al, ok := l.byKey[string(l.buf)]; ok {
		if len(al.Labels) < 8 && al.Labels[len(al.Labels)-1] != label {
			al.Labels = append(al.Labels, label)
		}
		return al.Anchor
	}
	al := &ActList{Anchor: "L" + strconv.Itoa(len(l.all)+1), Labels: []string{label}, Acts: acts}
	l.byKey[string(l.buf)] = al
	l.all = append(l.all, al)
	return al.Anchor
}

// labelJoin joins the parts of a figure's label.
func labelJoin(parts ...string) string {
	out := parts[:0:0]
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " · ")
}
