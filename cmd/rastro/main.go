// Command rastro is the single Rastro binary: every subcommand lives in a
// file of its own in this folder and registers itself with register.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/netip"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain()
	err := m.Run(ctx, os.Args[1:])
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintln(m.Stderr, "rastro:", termText(rastro.ErrorMessage(err)))
		if rastro.ErrorCode(err) == rastro.EINTERNAL {
			m.Logger.Error("internal error", "err", err)
		}
		os.Exit(1)
	}
}

// Config is what flags and the environment set. Secrets also come from a
// RASTRO_*_FILE variable naming a file that holds them.
type Config struct {
	DataDir string // RASTRO_DATA, --data; default ./rastro-data
	DB      string // RASTRO_DB, --db; default the SQLite file in DataDir
	KeyFile string // RASTRO_KEY_FILE: the key of protected fields; default DATA/protected.agekey
	Intake  string // RASTRO_INTAKE: the rastro-intake program; default beside rastro, else on PATH
}

// Main is the program: tests build one, Run it with arguments and Close it,
// exactly as the binary does.
type Main struct {
	Config Config
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Logger *slog.Logger

	rawStdout      io.Writer      // Stdout before Run wrapped it in a termWriter
	trustedProxies []netip.Prefix // serve --trusted-proxy
	closers        []func() error
	intakeEnv      []string  // added to the environment of rastro-intake (tests)
	db             *sqldb.DB // opened by the first Store call
}

// NewMain returns a Main wired to the process's standard streams and
// environment.
func NewMain() *Main {
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	m.Config.DataDir = envOr("RASTRO_DATA", "rastro-data")
	m.Config.DB = envOr("RASTRO_DB", "")
	m.Config.KeyFile = os.Getenv("RASTRO_KEY_FILE")
	m.Config.Intake = os.Getenv("RASTRO_INTAKE")
	m.Logger = slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	return m
}

// commands holds the constructors of the subcommands, one per file.
var commands []func(*Main) *cobra.Command

// register adds a subcommand; each subcommand file calls it from init.
func register(f func(*Main) *cobra.Command) { commands = append(commands, f) }

// Run parses args and runs the chosen subcommand.
func (m *Main) Run(ctx context.Context, args []string) error {
	root := &cobra.Command{
		Use:           "rastro",
		Short:         "Rastro: documenting and analysing violence by state security forces against protesters",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVar(&m.Config.DataDir, "data", m.Config.DataDir, "data directory (RASTRO_DATA)")
	root.PersistentFlags().StringVar(&m.Config.DB, "db", m.Config.DB, "database: a postgres:// URL or a SQLite file (RASTRO_DB); default DATA/rastro.db")
	for _, f := range commands {
		root.AddCommand(f(m))
	}
	// Usage mistakes are the user's to fix: report them as invalid input,
	// not as internal errors.
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return rastro.Errorf(rastro.EINVALID, "%s (see %s --help)", err, c.CommandPath())
	})
	// The command line acts as a local administrator (see auth.LocalAdmin)
	// unless the caller says otherwise.
	if _, ok := auth.ActorFrom(ctx); !ok {
		ctx = auth.WithActorValue(ctx, auth.LocalAdmin())
	}
	// Everything the commands print goes through termText.
	rawOut, rawErr := m.Stdout, m.Stderr
	out, errw := &termWriter{w: rawOut}, &termWriter{w: rawErr}
	m.rawStdout, m.Stdout, m.Stderr = rawOut, out, errw
	defer func() {
		out.flush()
		errw.flush()
		m.Stdout, m.Stderr = rawOut, rawErr
	}()
	root.SetArgs(args)
	root.SetIn(m.Stdin)
	root.SetOut(m.Stdout)
	root.SetErr(m.Stderr)
	err := root.ExecuteContext(ctx)
	var rerr *rastro.Error
	if err != nil && !errors.As(err, &rerr) && strings.HasPrefix(err.Error(), "unknown command") {
		return rastro.Errorf(rastro.EINVALID, "%s", err)
	}
	return err
}

// flagSet reports whether the user gave flag name on the command line.
func flagSet(fs *pflag.FlagSet, name string) bool {
	f := fs.Lookup(name)
	return f != nil && f.Changed
}

// OnClose registers a function Close calls, last registered first.
func (m *Main) OnClose(f func() error) { m.closers = append(m.closers, f) }

// Close releases what Run opened.
func (m *Main) Close() error {
	var first error
	for i := len(m.closers) - 1; i >= 0; i-- {
		if err := m.closers[i](); err != nil && first == nil {
			first = err
		}
	}
	m.closers = nil
	return first
}

// DataPath returns a path inside the data directory.
func (m *Main) DataPath(name string) string { return filepath.Join(m.Config.DataDir, name) }

func envOr(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	if f, ok := os.LookupEnv(key + "_FILE"); ok && f != "" {
		if b, err := os.ReadFile(f); err == nil {
			return string(trimNewline(b))
		}
	}
	return def
}

func trimNewline(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}
