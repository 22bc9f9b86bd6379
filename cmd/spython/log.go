package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/spython/spython/hooks/sink"
)

func newLogCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "log",
		Short: "Work with audit logs",
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "verify FILE...",
		Short: "Check the hash chain of JSON audit logs",
		Long: `Recompute the chain of each JSON-lines audit log: every record's prev is
the sha256 of the line before it, and seq counts up by one. Report the first
line where the chain breaks (a record edited, deleted, reordered or cut).
Exit status: 0 when every log is intact, 1 otherwise.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, files []string) error {
			broken := false
			for _, file := range files {
				f, err := os.Open(file)
				if err != nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "spython: %v\n", err)
					broken = true
					continue
				}
				n, err := sink.Verify(f)
				f.Close()
				if err != nil {
					fmt.Fprintf(cmd.OutOrStdout(), "%s: %v\n", file, err)
					broken = true
					continue
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s: ok, %d records\n", file, n)
			}
			if broken {
				return errInvalid
			}
			return nil
		},
	})
	return cmd
}
