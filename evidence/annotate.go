package evidence

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/rastro-project/rastro"
)

// Relabel is the item's labels with add added (once each) and remove taken
// away, in the order they were first given.
func Relabel(current, add, remove []rastro.Label) []rastro.Label {
	out := []rastro.Label{}
	for _, l := range current {
		if !slices.Contains(remove, l) && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	for _, l := range add {
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// Label adds and removes sensitivity labels of item id and records the
// change as an "annotated" custody entry (note says why, optionally). It
// returns the text of that entry.
func (l *Locker) Label(ctx context.Context, id int64, add, remove []rastro.Label, actor, note string) (string, error) {
	if len(add)+len(remove) == 0 {
		return "", rastro.Errorf(rastro.EINVALID, "changing labels needs a label to add or to remove")
	}
	it, err := l.Store.FindEvidence(ctx, id)
	if err != nil {
		return "", err
	}
	labels := Relabel(it.Labels, add, remove)
	text := fmt.Sprintf("labels set to %v", labels)
	if note != "" {
		text += ": " + note
	}
	err = l.Store.SetLabels(ctx, id, labels, &rastro.CustodyEntry{Actor: actor, Time: time.Now(), Note: text})
	return text, err
}

// ManualActions are the custody actions a person may record by hand; the
// others are recorded by the locker as it works.
var ManualActions = []rastro.CustodyAction{rastro.CustodyTransferred, rastro.CustodyAnnotated, rastro.CustodyViewed}

// CheckManual refuses an entry added by hand that is not one of
// ManualActions or that does not say what happened.
func CheckManual(action rastro.CustodyAction, note string) error {
	if !slices.Contains(ManualActions, action) {
		return rastro.Errorf(rastro.EINVALID, "custody action %q: entries added by hand are transferred, annotated or viewed", action)
	}
	if note == "" {
		return rastro.Errorf(rastro.EINVALID, "a %s custody entry needs a note saying what happened", action)
	}
	return nil
}

// Log appends an entry added by hand (see CheckManual) to item id's
// custody log.
func (l *Locker) Log(ctx context.Context, id int64, action rastro.CustodyAction, actor, note string) (*rastro.CustodyEntry, error) {
	if err := CheckManual(action, note); err != nil {
		return nil, err
	}
	e := &rastro.CustodyEntry{ItemID: id, Action: action, Actor: actor, Time: time.Now(), Note: note}
	if err := l.Store.AppendCustody(ctx, e); err != nil {
		return nil, err
	}
	return e, nil
}
