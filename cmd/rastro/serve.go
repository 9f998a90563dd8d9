package main

import (
	"context"
	"fmt"
	"net"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/gazetteer"
	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/report/workbook"
	"github.com/rastro-project/rastro/web"
	"github.com/spf13/cobra"
)

func init() { register(serveCommand) }

func serveCommand(m *Main) *cobra.Command {
	var addr, cert, key, proxies string
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the investigator web app and JSON API",
		Long: "Serves the web app (English and Spanish) and the JSON API (described at /api/openapi.json) on --addr, " +
			"over TLS with --tls-cert and --tls-key (answers then carry HSTS). Behind a reverse proxy, name it with --trusted-proxy. Users log in with the accounts of `rastro user`. " +
			"The first line written is \"serving on URL\" with the address actually bound (useful with port 0).",
		Args: noArgs,
	}
	cmd.Flags().StringVar(&addr, "addr", envOr("RASTRO_ADDR", "127.0.0.1:8080"), "address to listen on (RASTRO_ADDR)")
	cmd.Flags().StringVar(&cert, "tls-cert", envOr("RASTRO_TLS_CERT", ""), "TLS certificate file (PEM)")
	cmd.Flags().StringVar(&key, "tls-key", envOr("RASTRO_TLS_KEY", ""), "TLS private key file (PEM)")
	cmd.Flags().StringVar(&proxies, "trusted-proxy", envOr("RASTRO_TRUSTED_PROXY", ""),
		"reverse proxies (addresses or CIDR prefixes, comma-separated) whose X-Forwarded-For names the client, for the login throttle "+
			"and the audit log (RASTRO_TRUSTED_PROXY); without one the header is ignored")
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		var err error
		if m.trustedProxies, err = web.ParseTrustedProxies(proxies); err != nil {
			return rastro.Errorf(rastro.EINVALID, "--trusted-proxy: %s", rastro.ErrorMessage(err))
		}
		return m.serve(cmd.Context(), addr, cert, key)
	}
	return cmd
}

// serve runs the web app on addr until ctx ends, over TLS when cert and key
// are given.
func (m *Main) serve(ctx context.Context, addr, cert, key string) error {
	if (cert == "") != (key == "") {
		return rastro.Errorf(rastro.EINVALID, "give both --tls-cert and --tls-key, or neither")
	}
	srv, err := m.webServer(ctx, cert != "")
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return rastro.Errorf(rastro.EINVALID, "--addr %s: %v", addr, err)
	}
	scheme := "http"
	if cert != "" {
		scheme = "https"
	}
	fmt.Fprintf(m.Stdout, "serving on %s://%s\n", scheme, ln.Addr())
	return srv.Serve(ctx, ln, cert, key)
}

// webServer wires the database, accounts, evidence locker and claim rules
// into the web app.
func (m *Main) webServer(ctx context.Context, secure bool) (*web.Server, error) {
	db, err := m.Store(ctx)
	if err != nil {
		return nil, err
	}
	locker, _, _, err := m.locker(ctx)
	if err != nil {
		return nil, err
	}
	depts, err := report.ParseDepartments(gazetteer.DepartmentsGeoJSON())
	if err != nil {
		return nil, err
	}
	cfg := web.Config{
		DB: db, Auth: auth.NewService(db.Accounts()), Audit: db, Locker: locker, UploadDir: m.Config.DataDir,
		Departments: depts, Secure: secure, Logger: m.Logger, TrustedProxies: m.trustedProxies,
	}
	// Uploaded sources and the acts workbook go to the same worker as
	// `rastro ingest` and `rastro report export`; without it the app still
	// serves, and an upload or that download says what is missing.
	if p, err := m.worker(); err != nil {
		fmt.Fprintf(m.Stderr, "warning: sources cannot be uploaded nor acts.xlsx downloaded: %s\n", rastro.ErrorMessage(err))
	} else {
		cfg.Miner, cfg.Spreadsheet = m.miner(p), &workbook.Worker{Program: p}
	}
	return web.New(cfg)
}
