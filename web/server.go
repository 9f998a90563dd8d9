// Package web is Rastro's investigator web app and JSON API: server-rendered
// pages in English and Spanish with small hand-written JavaScript, the same
// operations under /api as JSON (described by an OpenAPI document), sessions
// and personal API tokens from package auth, and one route table that says
// which permission every route needs.
package web

import (
	"context"
	"embed"
	"errors"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/claimaccept"
	"github.com/rastro-project/rastro/evidence"
	"github.com/rastro-project/rastro/ingest"
	"github.com/rastro-project/rastro/internal/leftover"
	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/report/export"
	"github.com/rastro-project/rastro/sqldb"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// ClaimDecision is what a reviewer says about a claim (the rules are
// package claimaccept's, the same as the command line's).
type ClaimDecision = claimaccept.Decision

// Config is what the server works with. DB and Auth are required.
type Config struct {
	DB   *sqldb.DB
	Auth *auth.Service
	// Audit reads the audit log (the auth store when it implements
	// rastro.AuditService); nil hides the audit pages.
	Audit rastro.AuditService
	// Locker stores uploaded evidence; nil refuses uploads.
	Locker *evidence.Locker
	// UploadDir holds uploads while they stream in (default: the OS temp
	// folder); it should be on the same disk as the locker.
	UploadDir string
	// Departments is the basemap of the incident map and the report.
	Departments []report.Department
	// Secure marks cookies Secure and sends HSTS (set when serving TLS).
	Secure bool
	// TrustedProxies are the reverse proxies whose X-Forwarded-For names
	// the client (for the login throttle and the audit log); none: the
	// header is ignored.
	TrustedProxies []netip.Prefix
	Logger         *slog.Logger
	// MaxUpload bounds an evidence upload (default 2 GiB).
	MaxUpload int64
	// Miner cleans uploaded sources and mines them for claims, as
	// `rastro ingest` does (the rastro-intake worker, or intake.Miner in
	// the same process); nil refuses source uploads.
	Miner ingest.Miner
	// Spreadsheet writes the acts workbook (acts.xlsx), as `rastro report
	// export` does (the rastro-intake worker); nil refuses that download.
	Spreadsheet export.Spreadsheet
}

// Server is the web app.
type Server struct {
	cfg    Config
	log    *slog.Logger
	pages  *pages
	routes []route
	mux    *http.ServeMux
	// patterns lists every pattern registered on mux, for the OpenAPI check.
	patterns []string
	handler  http.Handler
}

// New checks the configuration, parses and checks the templates, and
// builds the routes.
func New(cfg Config) (*Server, error) {
	if cfg.DB == nil || cfg.Auth == nil {
		return nil, errors.New("web: Config needs DB and Auth")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxUpload == 0 {
		cfg.MaxUpload = 2 << 30
	}
	p, err := parsePages(templateFS)
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, log: cfg.Logger.WithGroup("web"), pages: p, mux: http.NewServeMux()}
	s.sweepLeftovers()
	s.routes = routeTable()
	for _, rt := range s.routes {
		s.register(rt)
	}
	static, _ := fs.Sub(staticFS, "static")
	s.handle("GET /static/", http.StripPrefix("/static/", cacheStatic(http.FileServerFS(static))))
	// Cross-origin state-changing requests are refused before any handler
	// runs (Sec-Fetch-Site and Origin checks).
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, rastro.Errorf(rastro.EFORBIDDEN, "cross-origin request refused"))
	}))
	s.handler = securityHeaders(cop.Handler(s.mux), cfg.Secure)
	return s, nil
}

// sweepLeftovers removes, at start, the upload folders of a server that
// was killed, and the partial blobs of killed adds; work still running (in
// another process) holds its files and is left alone. Only counts are
// logged: the folders held file names.
func (s *Server) sweepLeftovers() {
	var items []leftover.Item
	if s.cfg.UploadDir != "" { // never sweep the shared OS temp folder
		found, err := leftover.Find(s.cfg.UploadDir, UploadPrefix)
		if err != nil {
			s.log.Warn("looking for leftover uploads failed")
		}
		items = found
	}
	if s.cfg.Locker != nil {
		found, err := s.cfg.Locker.Leftovers()
		if err != nil {
			s.log.Warn("looking for leftover blobs failed")
		}
		items = append(items, found...)
	}
	removed, err := leftover.Remove(items)
	if err != nil {
		s.log.Warn("removing leftovers of killed work failed")
	}
	if s.cfg.Locker != nil {
		swept, err := s.cfg.Locker.SweepStoreTemps(context.Background(), time.Now().Add(-evidence.UploadAge))
		if err != nil {
			s.log.Warn("removing leftover uploads from the blob store failed")
		}
		removed = append(removed, swept...)
	}
	if len(removed) > 0 {
		var n int64
		for _, it := range removed {
			n += it.Size
		}
		s.log.Info("removed leftovers of killed work", "count", len(removed), "bytes", n)
	}
}

// ServeHTTP serves the app.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

func (s *Server) handle(pattern string, h http.Handler) {
	s.patterns = append(s.patterns, pattern)
	s.mux.Handle(pattern, h)
}

// Serve serves on ln until ctx ends, then shuts down gracefully. With cert
// and key files it serves TLS.
func (s *Server) Serve(ctx context.Context, ln net.Listener, certFile, keyFile string) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		// Requests act as nobody until they log in, whatever actor (the
		// command line's LocalAdmin) ctx carries.
		BaseContext: func(net.Listener) context.Context { return auth.WithoutActor(context.WithoutCancel(ctx)) },
	}
	done := make(chan error, 1)
	go func() {
		if certFile != "" {
			done <- hs.ServeTLS(ln, certFile, keyFile)
		} else {
			done <- hs.Serve(ln)
		}
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		err := hs.Shutdown(sctx)
		<-done
		return err
	}
}

func cacheStatic(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}

// securityHeaders sets the headers every answer carries: no framing, no
// sniffing, scripts and styles from this origin only, and under TLS (or
// when the server is told it is served over it) HSTS, so browsers never
// fall back to plain HTTP.
func securityHeaders(h http.Handler, secure bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		if secure || r.TLS != nil {
			hd.Set("Strict-Transport-Security", "max-age=31536000")
		}
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "same-origin")
		hd.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'")
		h.ServeHTTP(w, r)
	})
}
