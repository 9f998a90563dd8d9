package web

import (
	"io"
	"mime"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/ingest"
)

// ingestView is the outcome of bringing documents in: one result per
// document stored (or found already stored), and the documents refused.
type ingestView struct {
	Results []*ingest.Result `json:"results"`
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

// sourceKinds are the kind choices: none (intake guesses), then
// package rastro's list.
func sourceKinds() []string {
	return append([]string{""}, rastro.SourceKind("").Values()...)
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
// then the files (one or many "file" parts); a pasted "text" may come
// anywhere. Each file is ingested as soon as it has come in, so one file
// at a time is held in memory, and one bad file does not stop the others.
func (s *Server) ingestUpload(w http.ResponseWriter, r *http.Request) (*ingestView, error) {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxUpload)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, rastro.Errorf(rastro.EINVALID, "send the documents as multipart/form-data: %v", err)
	}
	if s.cfg.Miner == nil {
		return nil, rastro.Errorf(rastro.EINVALID, "this server cannot read documents: it was started without the intake worker (rastro-intake)")
	}
	p := &ingest.Pipeline{Miner: s.cfg.Miner, Sources: s.cfg.DB.Sources(), Claims: s.cfg.DB.Claims(), Batch: s.cfg.DB}
	v := &ingestView{Results: []*ingest.Result{}}
	var meta ingest.Meta
	var pasted []byte
	docs, files := 0, 0
	ingest := func(name string, b []byte) error {
		docs++
		md := meta
		md.Name = name
		res, err := p.Ingest(r.Context(), b, md)
		switch {
		case rastro.ErrorCode(err) == rastro.EINTERNAL:
			return err
		case err != nil:
			v.Refused = append(v.Refused, ingestRefusal{Name: name, Error: rastro.ErrorMessage(err)})
		default:
			v.Results = append(v.Results, res)
		}
		return nil
	}
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
			files++
			if err := ingest(fn, b); err != nil {
				return nil, err
			}
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
		val := strings.TrimSpace(string(b))
		if name != "text" && files > 0 {
			return nil, rastro.Errorf(rastro.EINVALID, "field %s came after a file: send the fields first, then the files (the %d files before it were stored)", name, files)
		}
		switch name {
		case "text":
			if val != "" {
				pasted = []byte(strings.ReplaceAll(string(b), "\r\n", "\n"))
			}
		case "title":
			meta.Title = val
		case "published":
			meta.Published = val
		case "publisher":
			meta.Publisher = val
		case "url":
			meta.URL = val
		case "lang", "language":
			meta.Language = val
		case "kind":
			meta.Kind = rastro.SourceKind(val)
			probe := rastro.Source{Title: "x", Kind: meta.Kind}
			if err := probe.Validate(); val != "" && err != nil {
				return nil, err
			}
		default:
			return nil, rastro.Errorf(rastro.EINVALID, "unknown upload field %q", name)
		}
	}
	if pasted != nil {
		if err := ingest("pasted text", pasted); err != nil {
			return nil, err
		}
	}
	if docs == 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "%s", translate(s.lang(r), "wb.no_documents"))
	}
	return v, nil
}

// ingestBody is the multipart form that brings sources in, for the
// OpenAPI document.
var ingestBody = map[string]any{"schema": map[string]any{"type": "object", "properties": map[string]any{
	"file":      map[string]any{"type": "array", "items": map[string]any{"type": "string", "contentMediaType": "application/octet-stream"}, "description": "one or many documents: HTML, text or PDF; send them after the other fields"},
	"text":      map[string]any{"type": "string", "description": "a pasted text, stored as a plain-text document"},
	"title":     map[string]any{"type": "string"},
	"published": map[string]any{"type": "string", "description": "YYYY-MM-DD, YYYY-MM, YYYY or RFC 3339"},
	"publisher": map[string]any{"type": "string"},
	"url":       map[string]any{"type": "string"},
	"lang":      map[string]any{"type": "string", "description": "ISO 639-1: en, es"},
	"kind":      map[string]any{"type": "string", "enum": sourceKinds()[1:]},
}}}
