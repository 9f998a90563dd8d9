package web

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/rastro-project/rastro/analysis"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/command"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// TestChainSVG: the incident's and the unit's chains download as the SVG
// rastro chain --svg draws from the same records, over the API and from
// the pages' links; an incident without a chain or a bad date is refused.
func TestChainSVG(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			c := f.client(auth.RoleAnalyst)
			ctx := auth.WithActorValue(context.Background(), auth.Actor{Name: "analyst", Role: auth.RoleAnalyst})
			b, err := f.db.Export(ctx)
			if err != nil {
				t.Fatal(err)
			}
			x := analysis.NewIndex(b)
			ic, err := command.ForIncident(x, 5)
			if err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			if err := command.SVG(&want, ic.Chains...); err != nil {
				t.Fatal(err)
			}
			resp := f.do(c, "GET", "/api/incidents/5/chain.svg", "", "")
			if got := readAll(t, resp); resp.StatusCode != 200 || got != want.String() ||
				resp.Header.Get("Content-Type") != "image/svg+xml" || !strings.Contains(resp.Header.Get("Content-Disposition"), "rastro-chain-incident-5.svg") {
				t.Errorf("incident 5: %s %q, %d bytes, want %d", resp.Status, resp.Header.Get("Content-Disposition"), len(got), want.Len())
			}
			unit := ic.Chains[0].UnitID
			ch, err := command.ChainOf(x, unit, ic.On)
			if err != nil {
				t.Fatal(err)
			}
			want.Reset()
			command.SVG(&want, ch)
			path := "/units/" + itoa(int(unit)) + "/chain.svg?date=" + ic.On.String()
			for _, p := range []string{"/api" + path, path} {
				resp := f.do(c, "GET", p, "", "")
				if got := readAll(t, resp); resp.StatusCode != 200 || got != want.String() {
					t.Errorf("%s: %s, %d bytes, want %d", p, resp.Status, len(got), want.Len())
				}
			}
			for _, page := range []string{"/incidents/5/chain", "/units/" + itoa(int(unit)) + "?date=" + ic.On.String()} {
				if body := readAll(t, f.do(c, "GET", page, "", "")); !strings.Contains(body, `id="chain-svg"`) {
					t.Errorf("%s has no link to the SVG", page)
				}
			}
			if resp := f.do(c, "GET", "/api/units/"+itoa(int(unit))+"/chain.svg?date=yesterday", "", ""); resp.StatusCode != 400 {
				t.Errorf("a bad date: %s", resp.Status)
			}
			if resp := f.do(c, "GET", "/api/incidents/999999/chain.svg", "", ""); resp.StatusCode != 404 {
				t.Errorf("a missing incident: %s", resp.Status)
			}
		})
	}
}
