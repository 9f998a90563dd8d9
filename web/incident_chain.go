package web

import (
	"bytes"
	"net/http"

	"github.com/rastro-project/rastro/analysis"
	"github.com/rastro-project/rastro/command"
)

// incidentChainView is the command picture of an incident, as rastro chain
// --incident gives it: the units involved, the persons named, everyone
// with command responsibility on the day, and each unit's chain.
type incidentChainView struct {
	*command.IncidentChains
	SVG string `json:"-"`
}

func incidentChain(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	// The records the user may read: protected people are redacted for
	// roles without read_protected.
	b, err := s.cfg.DB.Export(r.Context())
	if err != nil {
		return nil, err
	}
	ic, err := command.ForIncident(analysis.NewIndex(b), id)
	if err != nil {
		return nil, err
	}
	v := incidentChainView{IncidentChains: ic}
	if len(ic.Chains) > 0 && !isAPI(r) {
		var buf bytes.Buffer
		if err := command.SVGIn(&buf, langFrom(r.Context()), ic.Chains...); err != nil {
			return nil, err
		}
		v.SVG = buf.String()
	}
	return v, nil
}

// UnitName names a unit of the chains, for the table of those in command.
func (v incidentChainView) UnitName(id int64) string {
	for _, c := range v.Chains {
		for _, n := range c.Nodes {
			if n.UnitID == id {
				return n.Name
			}
		}
	}
	return ""
}
