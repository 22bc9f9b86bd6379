package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"

	"github.com/spf13/cobra"

	"github.com/spython/spython/hooks"
	"github.com/spython/spython/policy"
)

// errInvalid makes `policy validate` exit 1 once it has printed what is
// wrong.
var errInvalid = &silentError{code: exitException}

// silentError ends a command with an exit code and no further message:
// the command has printed its own output.
type silentError struct{ code int }

func (e *silentError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func newPolicyCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "policy",
		Short: "Validate, show, explain and learn policies",
		Long: `Work with spython policies (YAML, apiVersion spython/v1): check them, show
the policy in effect with its defaults filled in, and explain which rule
decides an event. See docs/policy.md for the format.`,
	}
	cmd.AddCommand(newPolicyValidateCmd(), newPolicyShowCmd(), newPolicyExplainCmd(), newPolicySuggestCmd())
	return cmd
}

func newPolicyValidateCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "validate [--format text|json] FILE...",
		Short: "Check policy files; print every problem as FILE:LINE:COL: code: message",
		Long: `Check each policy file: YAML syntax, unknown keys, types, event names
(a typo of a known event is an error; other names are notes, since scripts
may raise their own events), argument names, globs, duplicate rule ids,
rules an earlier rule always overrides, and whether the file is safe to
trust (not writable by group or others, owned by you or root).
Exit status: 0 when every file is valid, 1 otherwise.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, files []string) error {
			if format != "text" && format != "json" {
				return &usageError{fmt.Sprintf("--format %q: want text or json", format)}
			}
			type diagnostic struct {
				File     string `json:"file"`
				Line     int    `json:"line"`
				Col      int    `json:"col"`
				Code     string `json:"code"`
				Severity string `json:"severity"`
				Message  string `json:"message"`
			}
			all := []diagnostic{}
			invalid := false
			for _, file := range files {
				p, err := policy.Load(file)
				var diags policy.Diagnostics
				switch {
				case err == nil:
					diags = p.Notes
				case errors.As(err, &diags):
					invalid = true
				default:
					invalid = true
					diags = policy.Diagnostics{{File: file, Line: 1, Col: 1, Code: "unreadable", Message: err.Error(), Severity: policy.SeverityError}}
				}
				for _, d := range diags {
					all = append(all, diagnostic{d.File, d.Line, d.Col, string(d.Code), string(d.Severity), d.Message})
					if format == "text" {
						fmt.Fprintln(cmd.OutOrStdout(), d.String())
					}
				}
			}
			if format == "json" {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				if err := enc.Encode(all); err != nil {
					return err
				}
			}
			if invalid {
				return errInvalid
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output `FORMAT`: text or json")
	return cmd
}

// effectivePolicy is --policy FILE, else the site policy, else the
// embedded default: the policy a run would use.
func effectivePolicy(path string) (*policy.Policy, error) {
	if path == "" {
		p, err := policy.Load(systemPolicyPath)
		if errors.Is(err, fs.ErrNotExist) {
			return policy.Default(), nil
		}
		if err != nil {
			return nil, policyError(err)
		}
		return p, nil
	}
	p, err := policy.Load(path)
	if err != nil {
		return nil, policyError(err)
	}
	return p, nil
}

func newPolicyShowCmd() *cobra.Command {
	var path string
	cmd := &cobra.Command{
		Use:   "show [--policy FILE]",
		Short: "Print the policy in effect, defaults filled in",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			p, err := effectivePolicy(path)
			if err != nil {
				return err
			}
			out, err := p.Encode()
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "# %s\n", p.Source)
			_, err = cmd.OutOrStdout().Write(out)
			return err
		},
	}
	policyFlag(cmd.Flags(), &path)
	return cmd
}

func newPolicyExplainCmd() *cobra.Command {
	var path string
	cmd := &cobra.Command{
		Use:   "explain [--policy FILE] EVENT [NAME=VALUE...]",
		Short: "Say which rule decides an event, and why",
		Long: `Decide EVENT with the given arguments (NAME=VALUE, names from
"spython events"; a value that parses as an integer is an integer) against
the policy, and print the deciding rule and every rule passed over, with
the reason.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := effectivePolicy(path)
			if err != nil {
				return err
			}
			spec, _ := hooks.Lookup(args[0])
			values, err := policy.ParseArgs(spec, args[1:])
			if err != nil {
				return &usageError{err.Error()}
			}
			return p.Explain(args[0], values).WriteText(cmd.OutOrStdout())
		},
	}
	policyFlag(cmd.Flags(), &path)
	return cmd
}
