package web

import (
	"io"
	"mime"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/intake"
)

// ingestView is the outcome of bringing documents in: one result per
// document stored (or found already stored), and the documents refused.
type ingestView struct {
	Results []*intake.Result `json:"results"`
	Refused []ingestRefusal  `json:"refused,omitempty"`
}

type ingestRefusal struct {
	Name  string `json:"name"`
	Error string `json:"error"`
}

// maxDocument bounds one document read from an upload; intake refuses
// larger ones anyway, this stops reading early.
const maxDocument = 256<<20 + 1

// sourceNew shows the form that brings sources in: files, or pasted text.
func sourceNew(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	return struct{ Kinds []string }{sourceKinds()}, nil
}

func sourceKinds() []string {
	return []string{"", string(rastro.SourceNews), string(rastro.SourceNGOReport), string(rastro.SourceOfficialRecord),
		string(rastro.SourceAutopsy), string(rastro.SourceWitnessStatement), string(rastro.SourceMedia),
		string(rastro.SourceDataset), string(rastro.SourceOther)}
}

// postSource creates sources: a multipart upload (files, or a pasted
// text with its metadata) goes through intake, exactly as rastro ingest
// does; a JSON body is a source record, created as it is.
func postSource(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "multipart/form-data" {
		if isAPI(r) {
			return sourceForm.create(s, w, r)
		}
		return nil, rastro.Errorf(rastro.EINVALID, "send the documents as a file upload (multipart/form-data)")
	}
	v, err := s.ingestUpload(w, r)
	if err != nil {
		return nil, err
	}
	if len(v.Results) == 0 {
		if len(v.Refused) == 1 {
			return nil, rastro.Errorf(rastro.EINVALID, "%s: %s", v.Refused[0].Name, v.Refused[0].Error)
		}
		return nil, rastro.Errorf(rastro.EINVALID, "none of the %d documents was stored; first: %s: %s", len(v.Refused), v.Refused[0].Name, v.Refused[0].Error)
	}
	if isAPI(r) {
		return v, nil
	}
	if len(v.Results) == 1 && len(v.Refused) == 0 {
		return seeOther{To: "/sources/" + strconv.FormatInt(v.Results[0].Source.ID, 10)}, nil
	}
	s.render(w, r, http.StatusOK, "source_ingested", v)
	return nil, nil
}

// ingestUpload reads the multipart form: metadata fields (title,
// published, publisher, url, lang, kind) that apply to every document,
// the files (one or many "file" parts) and a pasted "text". Each document
// is ingested on its own, so one bad file does not stop the others.
func (s *Server) ingestUpload(w http.ResponseWriter, r *http.Request) (*ingestView, error) {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxUpload)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "send the documents as multipart/form-data: %v", err)
	}
	type doc struct {
		name string
		b    []byte
	}
	var docs []doc
	var meta intake.Meta
	var kind string
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		} else if err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "upload: %v", err)
		}
		name := part.FormName()
		if name == "file" {
			fn := filepath.Base(strings.ReplaceAll(part.FileName(), "\\", "/"))
			b, err := io.ReadAll(io.LimitReader(part, maxDocument))
			if err != nil {
				return nil, rastro.Errorf(rastro.EINVALID, "upload of %s interrupted: %v", fn, err)
			}
			if fn == "." || fn == "/" || fn == "" {
				if len(b) == 0 {
					continue // the form's file field, left empty
				}
				fn = "upload"
			}
			docs = append(docs, doc{fn, b})
			continue
		}
		limit := int64(64 << 10)
		if name == "text" {
			limit = maxForm
		}
		b, err := io.ReadAll(io.LimitReader(part, limit+1))
		if err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "upload: %v", err)
		}
		if int64(len(b)) > limit {
			return nil, rastro.Errorf(rastro.EINVALID, "field %s is longer than %d bytes: upload the document as a file", name, limit)
		}
		v := strings.TrimSpace(string(b))
		switch name {
		case "text":
			if v != "" {
				docs = append(docs, doc{"pasted text", []byte(strings.ReplaceAll(string(b), "\r\n", "\n"))})
			}
		case "title":
			meta.Title = v
		case "published":
			meta.Published = v
		case "publisher":
			meta.Publisher = v
		case "url":
			meta.URL = v
		case "lang", "language":
			meta.Language = v
		case "kind":
			kind = v
		default:
			return nil, rastro.Errorf(rastro.EINVALID, "unknown upload field %q", name)
		}
	}
	if kind != "" {
		meta.Kind = rastro.SourceKind(kind)
		probe := rastro.Source{Title: "x", Kind: meta.Kind}
		if err := probe.Validate(); err != nil {
			return nil, err
		}
	}
	if len(docs) == 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "choose one or more files, or paste the text")
	}
	p := &intake.Pipeline{Sources: s.cfg.DB.Sources(), Claims: s.cfg.DB.Claims(), Batch: s.cfg.DB}
	v := &ingestView{Results: []*intake.Result{}}
	for _, d := range docs {
		md := meta
		md.Name = d.name
		res, err := p.Ingest(r.Context(), d.b, md)
		if err != nil {
			if rastro.ErrorCode(err) == rastro.EINTERNAL {
				return nil, err
			}
			v.Refused = append(v.Refused, ingestRefusal{Name: d.name, Error: rastro.ErrorMessage(err)})
			continue
		}
		v.Results = append(v.Results, res)
	}
	return v, nil
}

// ingestBody is the multipart form that brings sources in, for the
// OpenAPI document.
var ingestBody = map[string]any{"schema": map[string]any{"type": "object", "properties": map[string]any{
	"file":      map[string]any{"type": "array", "items": map[string]any{"type": "string", "contentMediaType": "application/octet-stream"}, "description": "one or many documents: HTML, text or PDF"},
	"text":      map[string]any{"type": "string", "description": "a pasted text, stored as a plain-text document"},
	"title":     map[string]any{"type": "string"},
	"published": map[string]any{"type": "string", "description": "YYYY-MM-DD, YYYY-MM, YYYY or RFC 3339"},
	"publisher": map[string]any{"type": "string"},
	"url":       map[string]any{"type": "string"},
	"lang":      map[string]any{"type": "string", "description": "ISO 639-1: en, es"},
	"kind":      map[string]any{"type": "string", "enum": sourceKinds()[1:]},
}}}
