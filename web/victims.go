package web

import (
	"io"
	"net/http"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/victims"
)

// victimImportRequest is the API's import of a victim list: the CSV text,
// its column mapping (field → column) and what the whole list shares (see
// victims.Options).
type victimImportRequest struct {
	Name      string            `json:"name,omitempty"` // the file's name, for messages and citations
	CSV       string            `json:"csv"`
	Mapping   map[string]string `json:"mapping"`
	List      string            `json:"list"` // the list's name: its source's publisher
	Title     string            `json:"title,omitempty"`
	Date      string            `json:"date,omitempty"` // of the events, for rows without one
	Harm      rastro.ActType    `json:"harm,omitempty"` // for rows without a harm column
	Protected bool              `json:"protected,omitempty"`
	Tags      rastro.Tags       `json:"tags,omitempty"`
	Lang      string            `json:"lang,omitempty"` // of the titles written; default the request's language
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
	List      string
	Date      string
	Harm      string
	Title     string
	Tags      string
	Protected bool
	Error     string
}

// Fields and Harms are the mapping form's choices.
func (victimsView) Fields() []string { return victims.Fields }
func (victimsView) Harms() []rastro.ActType {
	return []rastro.ActType{rastro.ActInjured, rastro.ActKilled, rastro.ActDetained, rastro.ActTortured, rastro.ActDisappeared, rastro.ActThreatened}
}

func victimsPage(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	return &victimsView{Step: 1}, nil
}

// importVictims reads the upload and shows the mapping form, or, with the
// mapping confirmed (or from the API), imports the list.
func importVictims(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	if isAPI(r) {
		var req victimImportRequest
		if err := decodeJSON(r, &req); err != nil {
			return nil, err
		}
		if req.Lang == "" {
			req.Lang = langFrom(r.Context())
		}
		return victims.Import(r.Context(), s.cfg.DB, []byte(req.CSV), req.Name, victims.Options{Map: victims.Mapping(req.Mapping),
			List: req.List, SourceTitle: req.Title, Date: req.Date, Harm: req.Harm, Protected: req.Protected, Tags: req.Tags, Lang: req.Lang})
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	if err := r.ParseMultipartForm(maxForm); err != nil && err != http.ErrNotMultipart {
		return nil, rastro.Errorf(rastro.EINVALID, "form: %v", err)
	}
	v := &victimsView{Step: 2, List: r.FormValue("list"), Date: r.FormValue("date"), Harm: r.FormValue("harm"), Title: r.FormValue("title"),
		Tags: r.FormValue("tags"), Protected: r.FormValue("protected") == "yes", CSV: r.FormValue("csv"), Name: r.FormValue("name")}
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
		return v, nil
	}
	header, err := victims.Header([]byte(v.CSV))
	if err != nil {
		return nil, err
	}
	v.Header, v.Preview = header, victims.Preview([]byte(v.CSV), 4)
	if r.FormValue("confirm") == "" { // just uploaded: propose a mapping
		v.Mapping = victims.Guess(header)
		return v, nil
	}
	v.Mapping = victims.Mapping{}
	for _, f := range victims.Fields {
		if c := r.FormValue("map." + f); c != "" {
			v.Mapping[f] = c
		}
	}
	o := victims.Options{Map: v.Mapping, List: v.List, SourceTitle: v.Title, Date: v.Date, Harm: rastro.ActType(v.Harm), Protected: v.Protected,
		Lang: langFrom(r.Context())}
	if o.Tags, err = rastro.ParseTags(v.Tags); err != nil {
		v.Error = rastro.ErrorMessage(err)
		return v, nil
	}
	res, err := victims.Import(r.Context(), s.cfg.DB, []byte(v.CSV), v.Name, o)
	if err != nil {
		if rastro.ErrorCode(err) == rastro.EINVALID || rastro.ErrorCode(err) == rastro.ECONFLICT {
			v.Error = rastro.ErrorMessage(err) // the form comes back as it was, with the reason
			return v, nil
		}
		return nil, err
	}
	return seeOther{To: "/sources/" + itoa(int(res.Source.ID)) + "?imported=" + itoa(len(res.Persons))}, nil
}
