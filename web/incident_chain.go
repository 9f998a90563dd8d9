package web

import (
	"bytes"
	"io"
	"mime"
	"net/http"
	"strconv"

	"github.com/rastro-project/rastro"

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

// incidentChains works out the command picture of the incident the path names.
func (s *Server) incidentChains(r *http.Request) (*command.IncidentChains, error) {
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
	return command.ForIncident(analysis.NewIndex(b), id)
}

func incidentChain(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	ic, err := s.incidentChains(r)
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

// incidentChainSVG answers the graph of an incident's chains, as rastro
// chain --incident ID --svg FILE draws it.
func incidentChainSVG(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	ic, err := s.incidentChains(r)
	if err != nil {
		return nil, err
	}
	if len(ic.Chains) == 0 {
		return nil, rastro.Errorf(rastro.ENOTFOUND, "incident %d: no unit involved has a chain of command to draw", ic.IncidentID)
	}
	var buf bytes.Buffer
	if err := command.SVGIn(&buf, langFrom(r.Context()), ic.Chains...); err != nil {
		return nil, err
	}
	return writeSVG(w, "rastro-chain-incident-"+strconv.FormatInt(ic.IncidentID, 10)+".svg", buf.String())
}

// writeSVG answers a graph as an SVG file to download.
func writeSVG(w http.ResponseWriter, name, svg string) (any, error) {
	attachment(w, "image/svg+xml", name)
	_, err := io.WriteString(w, svg)
	return nil, err
}

// attachment heads a file to download, which no cache keeps.
func attachment(w http.ResponseWriter, ctype, name string) {
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	w.Header().Set("Cache-Control", "no-store")
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
