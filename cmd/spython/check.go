package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/spython/spython/hooks"
	"github.com/spython/spython/hooks/sink"
	"github.com/spython/spython/interp"
	"github.com/spython/spython/policy"
)

// finding is one event the policy would deny, where the script raised it.
type finding struct {
	Script   string `json:"script"`
	Event    string `json:"event"`
	Args     string `json:"args"`
	Rule     string `json:"rule"`
	Message  string `json:"message"`
	File     string `json:"file,omitempty"`
	Line     int    `json:"line,omitempty"`
	Function string `json:"function,omitempty"`
	Count    int    `json:"count"`
}

// scriptResult is how one checked script ended, for JUnit.
type scriptResult struct {
	Script   string
	Outcome  string // "" when it finished; else how it ended
	Findings []*finding
	Duration time.Duration
}

func newCheckCmd() *cobra.Command {
	p := &runParams{}
	var format string
	var each bool
	cmd := &cobra.Command{
		Use:   "check [flags] SCRIPT [ARG...] | check --each SCRIPT...",
		Short: "Run scripts in audit mode and report what the policy would deny",
		Long: `Run SCRIPT (or, with --each, every SCRIPT in turn, without arguments) in
audit mode: everything executes, and every event the policy would deny is
reported with its rule, its arguments and the place in the Python source
that raised it. Files the verified-open gate would refuse are reported the
same way (rule "verify").

Formats: text (one finding a line; on GitHub Actions, GITHUB_ACTIONS=true,
also ::error annotations), json, sarif (SARIF 2.1.0, for code scanning) and
junit (JUnit XML, one test case per script).

Exit status: 0 when nothing would be denied, 1 when something would, 77 and
78 as for a run.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch format {
			case "text", "json", "sarif", "junit":
			default:
				return &usageError{fmt.Sprintf("--format %q: want text, json, sarif or junit", format)}
			}
			runs := [][]string{args}
			if each {
				runs = runs[:0]
				for _, a := range args {
					runs = append(runs, []string{a})
				}
			}
			var results []*scriptResult
			for _, run := range runs {
				r, err := checkScript(cmd, p, run)
				if err != nil {
					return err
				}
				results = append(results, r)
			}
			if err := writeReport(cmd.OutOrStdout(), format, results); err != nil {
				return err
			}
			for _, r := range results {
				if len(r.Findings) > 0 {
					return &silentError{code: exitException}
				}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.SetInterspersed(false)
	policyFlag(f, &p.policyPath)
	f.StringArrayVar(&p.logs, "log", nil, "also record audit events to `SINK` (see spython --help)")
	f.DurationVar(&p.timeout, "timeout", 0, "end each script after this wall-clock `DURATION` (exit 124)")
	f.StringVar(&format, "format", "text", "report `FORMAT`: text, json, sarif or junit")
	f.BoolVar(&each, "each", false, "check every SCRIPT in turn, each without arguments")
	// check is always audit mode: it has no --mode.
	p.audit = true
	return cmd
}

// checkScript runs one script in audit mode and collects what the policy
// would deny.
func checkScript(cmd *cobra.Command, p *runParams, args []string) (*scriptResult, error) {
	script, _ := filepath.Abs(args[0])
	res := &scriptResult{Script: args[0]}
	seen := map[string]*finding{}
	observe := func(e *hooks.Event, decision, rule string) {
		if decision != policy.RecordWouldDeny {
			return
		}
		file, line, fn := e.Location()
		key := fmt.Sprintf("%s\x00%d\x00%s\x00%s", file, line, e.Name, rule)
		if f, ok := seen[key]; ok {
			f.Count++
			return
		}
		f := &finding{Script: args[0], Event: e.Name, Args: renderArgs(e), Rule: rule, File: file, Line: line, Function: fn, Count: 1}
		seen[key] = f
		res.Findings = append(res.Findings, f)
	}
	flags := cmd.Flags()
	s, err := newSession(flags, p, script, cmd.ErrOrStderr(), observe)
	if err != nil {
		return nil, err
	}
	defer s.close(cmd.ErrOrStderr())
	interrupts := make(chan os.Signal, 2)
	signal.Notify(interrupts, os.Interrupt)
	defer signal.Stop(interrupts)
	start := time.Now()
	cfg := interp.Config{Script: args[0], Args: args[1:], Hooks: s.chain, Gate: s.gate, Protected: s.protected(), Path: s.policy.Path, RecursionLimit: s.policy.Limits.Recursion}
	err = interp.Run(cfg, interp.RunOptions{Timeout: p.timeout, Interrupt: interrupts})
	res.Duration = time.Since(start)
	for _, f := range res.Findings {
		f.Message = ruleMessage(s.policy, f)
	}
	var exit *interp.ExitError
	var pyErr *interp.PythonError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		if exit.Code != 0 {
			res.Outcome = fmt.Sprintf("exit status %d", exit.Code)
		}
	case errors.As(err, &pyErr):
		res.Outcome = strings.TrimSpace(pyErr.Traceback)
	case errors.Is(err, interp.ErrTimeout):
		res.Outcome = fmt.Sprintf("timed out after %v", p.timeout)
	default:
		// Refused before it ran, configuration, internal error: as a run.
		return nil, err
	}
	return res, nil
}

// renderArgs shows an event's arguments as the audit record names them.
func renderArgs(e *hooks.Event) string {
	var parts []string
	for _, a := range sink.NewRecord(e).Args() {
		parts = append(parts, a.Name+"="+a.JSON)
	}
	return strings.Join(parts, " ")
}

// ruleMessage is the message of the rule a finding names: the rule's own,
// or the gate's reason, or the launch list's refusal.
func ruleMessage(p *policy.Policy, f *finding) string {
	for _, r := range p.Rules {
		if r.ID == f.Rule {
			if r.Message != "" {
				return r.Message
			}
			return fmt.Sprintf("denied by rule %q", r.ID)
		}
	}
	switch f.Rule {
	case "verify":
		return "the verified-open gate would refuse this file"
	case "launch":
		return "this launch mode is not allowed by the policy"
	case "":
		return "no rule allows it (default: deny)"
	}
	return f.Rule
}
