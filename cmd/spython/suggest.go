package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/spython/spython/policy"
)

func newPolicySuggestCmd() *cobra.Command {
	var basePath, outPath string
	cmd := &cobra.Command{
		Use:   "suggest [--base POLICY] [-o FILE] LOG...",
		Short: "Write a least-privilege policy that allows what audit logs show",
		Long: `Read JSON-lines audit logs written by spython (best in audit mode, with
log.events: all; "-" reads standard input) and write a policy that allows
exactly what the logged runs did: mode enforce, default deny, the launch
modes seen, and one allow rule per kind of operation, each with a comment
saying what it was learned from. Paths become a folder glob (DIR/*) when
three or more files of one folder were seen; commands and module names are
never generalised. The verify and log sections are copied from --base, or
are spython's defaults. Events that cannot be learned are listed on stderr
and at the top of the policy. See "Learning a policy" in docs/policy.md.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, logs []string) error {
			var base *policy.Policy
			if basePath != "" {
				p, err := policy.Load(basePath)
				if err != nil {
					return policyError(err)
				}
				base = p
			}
			s := policy.NewSuggester()
			for _, name := range logs {
				if err := readAuditLog(cmd, s, name); err != nil {
					return err
				}
			}
			sug, err := s.Suggest(base)
			if err != nil {
				return &usageError{"policy suggest: " + err.Error()}
			}
			for _, w := range sug.Warnings {
				fmt.Fprintf(cmd.ErrOrStderr(), "spython: policy suggest: %s\n", w)
			}
			if outPath == "" || outPath == "-" {
				_, err := cmd.OutOrStdout().Write(sug.YAML)
				return err
			}
			// 0644: a policy file writable by group or others is refused.
			if err := os.WriteFile(outPath, sug.YAML, 0o644); err != nil {
				return &usageError{"policy suggest: " + err.Error()}
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "spython: policy suggest: wrote %s: %d rules from %d audit records\n",
				outPath, len(sug.Policy.Rules), sug.Records)
			return nil
		},
	}
	cmd.Flags().StringVar(&basePath, "base", "", "the `POLICY` file whose verify and log sections the suggestion copies (default: spython's defaults)")
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "write the policy to `FILE` (default: standard output)")
	return cmd
}

// readAuditLog feeds the log called name ("-": standard input) to s.
func readAuditLog(cmd *cobra.Command, s *policy.Suggester, name string) error {
	if name == "-" {
		if err := s.ReadLog("<stdin>", cmd.InOrStdin()); err != nil {
			return &usageError{"policy suggest: " + err.Error()}
		}
		return nil
	}
	f, err := os.Open(name)
	if err != nil {
		return &usageError{"policy suggest: " + err.Error()}
	}
	defer f.Close()
	if err := s.ReadLog(name, f); err != nil {
		return &usageError{"policy suggest: " + err.Error()}
	}
	return nil
}
