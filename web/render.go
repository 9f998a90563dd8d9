package web

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"golang.org/x/text/language"
)

// pages holds one template set per page: the layout plus the page's file.
type pages struct {
	byName map[string]*template.Template
}

var templateFuncs = template.FuncMap{
	"date": func(d rastro.Date) string { return d.String() },
	"dateRange": func(d rastro.DateRange) string {
		if d.End.IsZero() || d.End == d.Start {
			return d.Start.String()
		}
		return d.Start.String() + " – " + d.End.String()
	},
	"join": func(sep string, xs any) string {
		switch v := xs.(type) {
		case []string:
			return strings.Join(v, sep)
		default:
			return fmt.Sprint(v)
		}
	},
	"add":  func(a, b int) int { return a + b },
	"list": func(xs ...string) []string { return xs },
	// human shows an enumeration value ("live_ammunition") as words.
	"human": func(v any) string { return strings.ReplaceAll(fmt.Sprint(v), "_", " ") },
	"svg":   func(s string) template.HTML { return template.HTML(s) }, // only for SVG the server drew
}

// parsePages parses every page with the layout and checks that each
// defines its title and content, so a broken template stops the start.
func parsePages(fsys fs.FS) (*pages, error) {
	layout, err := fs.ReadFile(fsys, "templates/layout.html")
	if err != nil {
		return nil, err
	}
	partials, err := fs.ReadFile(fsys, "templates/partials.html")
	if err != nil {
		return nil, err
	}
	files, err := fs.Glob(fsys, "templates/*.html")
	if err != nil {
		return nil, err
	}
	p := &pages{byName: map[string]*template.Template{}}
	for _, f := range files {
		name := strings.TrimSuffix(path.Base(f), ".html")
		if name == "layout" || name == "partials" {
			continue
		}
		body, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		t, err := template.New("layout").Funcs(templateFuncs).Parse(string(layout))
		if err != nil {
			return nil, fmt.Errorf("templates/layout.html: %w", err)
		}
		if _, err := t.Parse(string(partials)); err != nil {
			return nil, fmt.Errorf("templates/partials.html: %w", err)
		}
		if _, err := t.Parse(string(body)); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		for _, def := range []string{"title", "content"} {
			if t.Lookup(def) == nil {
				return nil, fmt.Errorf("%s does not define %q", f, def)
			}
		}
		p.byName[name] = t
	}
	return p, nil
}

// view is what every page template reads: the data, the user, the
// language and its messages.
type view struct {
	Data any
	User *auth.User
	Lang string
	Path string
	Req  *http.Request
}

// T translates a message key into the page's language.
func (v view) T(key string, args ...any) string { return translate(v.Lang, key, args...) }

// Can reports whether the user has a permission (to show or hide links;
// the route table decides what is allowed).
func (v view) Can(p string) bool { return v.User != nil && auth.Can(v.User.Role, auth.Permission(p)) }

// Other is the language to switch to.
func (v view) Other() string {
	if v.Lang == "es" {
		return "en"
	}
	return "es"
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, page string, data any) {
	t := s.pages.byName[page]
	if t == nil {
		s.log.Error("internal error", "err", fmt.Sprintf("no template %q", page))
		http.Error(w, "Internal error.", http.StatusInternalServerError)
		return
	}
	v := view{Data: data, User: userFrom(r.Context()), Lang: langFrom(r.Context()), Path: r.URL.Path, Req: r}
	var buf bytes.Buffer
	if err := t.Execute(&buf, v); err != nil {
		s.log.Error("internal error", "route", r.Pattern, "err", err)
		http.Error(w, "Internal error.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

type langKey struct{}

func withLang(ctx context.Context, lang string) context.Context {
	return context.WithValue(ctx, langKey{}, lang)
}

func langFrom(ctx context.Context) string {
	if l, ok := ctx.Value(langKey{}).(string); ok {
		return l
	}
	return "en"
}

var langMatcher = language.NewMatcher([]language.Tag{language.English, language.Spanish})

// lang is the language of the answer: ?lang=en or es (a link for one
// page, as /report takes it), else the "lang" cookie set by the switch,
// else the best match of Accept-Language, else English.
func (s *Server) lang(r *http.Request) string {
	if l := r.URL.Query().Get("lang"); l != "" {
		if _, ok := messages[l]; ok {
			return l
		}
	}
	if c, err := r.Cookie("lang"); err == nil {
		if _, ok := messages[c.Value]; ok {
			return c.Value
		}
	}
	tags, _, _ := language.ParseAcceptLanguage(r.Header.Get("Accept-Language"))
	_, i, conf := langMatcher.Match(tags...)
	if conf != language.No && i == 1 {
		return "es"
	}
	return "en"
}
