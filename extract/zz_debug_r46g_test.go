package extract

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestZZDebugR46g(t *testing.T) {
	text := os.Getenv("R46TEXT")
	if text == "" {
		t.Skip()
	}
	pub, _ := time.Parse("2006-01-02", os.Getenv("R46PUB"))
	d := newDoc(text, Options{Published: pub})
	d.run()
	for pi, p := range d.paras {
		for si, s := range p.sentences {
			for _, sp := range d.sentencePlaces(s) {
				fmt.Printf("p%d s%d %s %+v q=%v moved=%v dl=%v body=%v held=%v off=%v came=%v\n", pi, si, sp.m.data.Key(), s[sp.i].Text, sp.qualifier, sp.moved, sp.datelined, sp.body, sp.held, sp.offstage, cameFrom(s, sp.i))
			}
		}
	}
	for _, c := range d.claims {
		if cd, ok := c.Data.(CountData); ok {
			fmt.Printf("count %v %v\n", cd, c.Start)
		}
	}
}
