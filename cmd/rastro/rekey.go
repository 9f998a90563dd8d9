package main

import (
	"fmt"
	"os"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/crypt"
	"github.com/spf13/cobra"
)

func init() { register(rekeyCommand) }

func rekeyCommand(m *Main) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rekey [--to FILE]",
		Short: "Re-encrypt protected fields and TOTP secrets under a new key",
		Long: "Makes a new key for protected fields and re-encrypts everything sealed under the current one\n" +
			"(RASTRO_KEY_FILE, or DATA/" + crypt.KeyFile + "), in one transaction. With --to, the new key is\n" +
			"written to FILE and RASTRO_KEY_FILE must name it from then on; without, the new key replaces\n" +
			"the default file and the old one is kept beside it as .old-TIME until you destroy it.\n" +
			"Backups made before still need the old key.",
		Args: noArgs,
	}
	to := cmd.Flags().String("to", "", "write the new key to `FILE` (must not exist)")
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		db, err := m.Store(cmd.Context())
		if err != nil {
			return err
		}
		current := m.Config.KeyFile
		if current == "" {
			current = m.DataPath(crypt.KeyFile)
		}
		target := *to
		if target == "" {
			if m.Config.KeyFile != "" {
				return rastro.Errorf(rastro.EINVALID, "RASTRO_KEY_FILE names the key: give the new key's file with --to FILE")
			}
			target = current + ".new"
		}
		if _, err := os.Stat(target); err == nil {
			return rastro.Errorf(rastro.EINVALID, "%s exists: rekey writes a new key and never overwrites one", target)
		}
		next, err := crypt.LoadOrCreate(target)
		if err != nil {
			return err
		}
		n, err := db.Reseal(cmd.Context(), next)
		if err != nil {
			os.Remove(target) // nothing is sealed for it
			return err
		}
		if *to != "" {
			fmt.Fprintf(m.Stdout, "re-encrypted %d values for %s; set RASTRO_KEY_FILE=%s from now on\n", n, next.Recipient(), target)
			return nil
		}
		old := current + ".old-" + time.Now().UTC().Format("20060102T150405Z")
		if err := os.Rename(current, old); err != nil {
			return rastro.Errorf(rastro.EINVALID, "re-encrypted %d values, but could not move the old key aside (%v): set RASTRO_KEY_FILE=%s", n, err, target)
		}
		if err := os.Rename(target, current); err != nil {
			return rastro.Errorf(rastro.EINVALID, "re-encrypted %d values, but could not move the new key in place (%v): set RASTRO_KEY_FILE=%s", n, err, target)
		}
		fmt.Fprintf(m.Stdout, "re-encrypted %d values for %s; the old key is %s (destroy it once no backup needs it)\n", n, next.Recipient(), old)
		return nil
	}
	return cmd
}
