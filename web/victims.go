package web

import (
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/victims"
)

// victimImportRequest is the API's import of a victim list: the CSV text,
// its column mapping (field → column) and what the whole list shares.
type victimImportRequest struct {
	Name      string            `json:"name,omitempty"` // the file's name
	CSV       string            `json:"csv"`
	Mapping   map[string]string `json:"mapping"`
	Incident  int64             `json:"incident,omitempty"`
	Type      rastro.ActType    `json:"type,omitempty"`
	Title     string            `json:"title,omitempty"`
	Publisher string            `json:"publisher,omitempty"`
	Protected bool              `json:"protected,omitempty"`
	Tags      rastro.Tags       `json:"tags,omitempty"`
}

// victimsView is the import page: the upload (step 1), then the mapping of
// the list's columns with a preview (step 2).
type victimsView struct {
	Step      int
	Name      string
	CSV       string
	Header    []string
	Preview   [][]string
	Mapping   victims.Mapping
	Incident  string
	Type      string
	Title     string
	Publisher string
	Tags      string
	Protected bool
	Error     string
	Incidents []*rastro.Incident
}

// Fields and ActTypes are the mapping form's choices.
func (victimsView) Fields() []string { return victims.Fields }
func (victimsView) ActTypes() []rastro.ActType {
	return []rastro.ActType{rastro.ActKilled, rastro.ActInjured, rastro.ActDetained, rastro.ActTortured, rastro.ActDisappeared, rastro.ActThreatened, rastro.ActOther}
}

func (s *Server) victimsForm(r *http.Request, v *victimsView) (*victimsView, error) {
	list, _, err := s.cfg.DB.Incidents().List(r.Context(), rastro.IncidentFilter{Limit: 500})
	v.Incidents = list
	return v, err
}

func victimsPage(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	return s.victimsForm(r, &victimsView{Step: 1, Incident: r.URL.Query().Get("incident")})
}

// importVictims reads the upload and shows the mapping form, or, with the
// mapping confirmed (or from the API), imports the list.
func importVictims(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	if isAPI(r) {
		var req victimImportRequest
		if err := decodeJSON(r, &req); err != nil {
			return nil, err
		}
		res, err := victims.Import(r.Context(), s.cfg.DB, []byte(req.CSV), victims.Mapping(req.Mapping), victims.Options{Name: req.Name,
			Title: req.Title, Publisher: req.Publisher, Incident: req.Incident, Type: req.Type, Protected: req.Protected, Tags: req.Tags})
		if err != nil {
			return nil, err
		}
		return res, nil
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	if err := r.ParseMultipartForm(maxForm); err != nil && err != http.ErrNotMultipart {
		return nil, rastro.Errorf(rastro.EINVALID, "form: %v", err)
	}
	v := &victimsView{Step: 2, Incident: r.FormValue("incident"), Type: r.FormValue("type"), Title: r.FormValue("title"),
		Publisher: r.FormValue("publisher"), Tags: r.FormValue("tags"), Protected: r.FormValue("protected") == "yes",
		CSV: r.FormValue("csv"), Name: r.FormValue("name")}
	if f, fh, err := r.FormFile("file"); err == nil {
		b, err := io.ReadAll(io.LimitReader(f, maxForm))
		f.Close()
		if err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "upload: %v", err)
		}
		v.CSV, v.Name = string(b), fh.Filename
	}
	if strings.TrimSpace(v.CSV) == "" {
		v.Step, v.Error = 1, translate(langFrom(r.Context()), "vi.no_file")
		return s.victimsForm(r, v)
	}
	header, err := victims.Header([]byte(v.CSV))
	if err != nil {
		return nil, err
	}
	v.Header, v.Preview = header, victims.Preview([]byte(v.CSV), 4)
	if r.FormValue("confirm") == "" { // just uploaded: propose a mapping
		v.Mapping = victims.Guess(header)
		return s.victimsForm(r, v)
	}
	v.Mapping = victims.Mapping{}
	for _, f := range victims.Fields {
		if c := r.FormValue("map." + f); c != "" {
			v.Mapping[f] = c
		}
	}
	o := victims.Options{Name: v.Name, Title: v.Title, Publisher: v.Publisher, Type: rastro.ActType(v.Type), Protected: v.Protected}
	if v.Incident != "" {
		if o.Incident, err = strconv.ParseInt(v.Incident, 10, 64); err != nil {
			v.Error = rastro.ErrorMessage(rastro.Errorf(rastro.EINVALID, "incident %q: want an incident number", v.Incident))
			return s.victimsForm(r, v)
		}
	}
	if o.Tags, err = rastro.ParseTags(v.Tags); err != nil {
		v.Error = rastro.ErrorMessage(err)
		return s.victimsForm(r, v)
	}
	res, err := victims.Import(r.Context(), s.cfg.DB, []byte(v.CSV), v.Mapping, o)
	if err != nil {
		if rastro.ErrorCode(err) == rastro.EINVALID || rastro.ErrorCode(err) == rastro.ECONFLICT {
			v.Error = rastro.ErrorMessage(err) // the form comes back as it was, with the reason
			return s.victimsForm(r, v)
		}
		return nil, err
	}
	return seeOther{To: "/sources/" + itoa(int(res.Source.ID)) + "?imported=" + itoa(len(res.Persons))}, nil
}
