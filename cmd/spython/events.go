package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/spython/spython/hooks"
)

func newEventsCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "events [--format text|json|markdown]",
		Short: "Print the audit event table",
		Long: `Print every audit event spython raises, with its arguments in order.
The table comes from the registry the interpreter raises events from, so it
cannot drift from the code. Policy match keys and the args of audit records
are these argument names. The markdown form is docs/events.md, which also
lists what is not audited and why.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w := cmd.OutOrStdout()
			switch format {
			case "text":
				return hooks.WriteText(w)
			case "json":
				return hooks.WriteJSON(w)
			case "markdown":
				return hooks.WriteMarkdown(w)
			}
			return fmt.Errorf("--format: unknown format %q (text, json or markdown)", format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output `FORMAT`: text, json or markdown")
	return cmd
}
