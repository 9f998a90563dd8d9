package web

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// TestIncidentChain: /incidents/{id}/chain gives what rastro chain
// --incident gives: the demo's incident 5 ties three units and names the
// commander of its acts; the page draws the chains and, in Spanish, names
// the involvement roles in Spanish.
func TestIncidentChain(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			c := f.client(auth.RoleAnalyst)
			resp := f.do(c, "GET", "/api/incidents/5/chain", "", "")
			body := readAll(t, resp)
			var v struct {
				IncidentID int64 `json:"incident_id"`
				On         string
				Units      []struct {
					UnitID int64    `json:"unit_id"`
					Roles  []string `json:"roles"`
				}
				Persons []struct {
					Name  string
					Roles []string
					Acts  []int64
				}
				Chains      []json.RawMessage
				Responsible []struct {
					Name  string
					Depth int
				}
			}
			if resp.StatusCode != 200 || json.Unmarshal([]byte(body), &v) != nil {
				t.Fatalf("chain: %s %.300s", resp.Status, body)
			}
			if v.IncidentID != 5 || v.On != "2023-01-09" || len(v.Units) != 3 || len(v.Chains) != 3 || len(v.Responsible) == 0 {
				t.Fatalf("incident 5: %+v", v)
			}
			commander := false
			for _, p := range v.Persons {
				commander = commander || p.Name == "Luis Ficticio Montoya" && len(p.Acts) == 15 && strings.Join(p.Roles, ",") == "commander"
			}
			if !commander {
				t.Errorf("persons named: %+v", v.Persons)
			}
			if resp := f.do(c, "GET", "/api/incidents/999999/chain", "", ""); resp.StatusCode != 404 {
				t.Errorf("missing incident: %s", resp.Status)
			}
			if resp := f.do(f.client(""), "GET", "/api/incidents/5/chain", "", ""); resp.StatusCode != 401 {
				t.Errorf("no login: %s", resp.Status)
			}
			page := readAll(t, f.do(c, "GET", "/incidents/5/chain", "", ""))
			for _, want := range []string{`id="chain-graph"`, "<svg", "Luis Ficticio Montoya", "Dirección de Operaciones Especiales", "deployed"} {
				if !strings.Contains(page, want) {
					t.Errorf("page lacks %q", want)
				}
			}
			if inc := readAll(t, f.do(c, "GET", "/incidents/5", "", "")); !strings.Contains(inc, `href="/incidents/5/chain"`) {
				t.Error("the incident page does not link its chain of command")
			}
		})
	}
}
