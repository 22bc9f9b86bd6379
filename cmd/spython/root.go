package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/spython/spython/hooks"
	"github.com/spython/spython/interp"
)

const rootLong = `spython runs a Python script on an embedded interpreter (gpython) in
which spython, never the script or its environment, decides what becomes
code. It stands in for python on hosts where what runs must be known.

Flags are read only before SCRIPT: everything after it is the script's own
sys.argv[1:] (spython job.py --verbose gives the script --verbose). A script
named like a subcommand runs with "spython run SCRIPT".

How spython differs from python:
  - the environment is never read: PYTHONPATH, PYTHONHOME, PYTHONSTARTUP and
    PYTHONINSPECT have no effect, and sys.path is the script's folder only;
  - only .py source is ever compiled; .pyc files are never loaded;
  - running code from -c, -m, stdin or an interactive prompt is refused
    (exit 77): spython runs script files;
  - Python calls nest at most 1000 deep (RecursionError beyond), and source
    nested more than 1000 levels deep is a SyntaxError;
  - built-in types cannot be changed (str.upper = f raises TypeError).

Exit codes:
  0    the script finished
  n    the script called sys.exit(n) or raised SystemExit(n)
  1    an uncaught exception (traceback on stderr), or SystemExit("message")
  2    usage error; the script does not exist or cannot be read
  70   internal error: a bug in spython, reported with a Go stack
  77   refused before the script ran (launch mode not allowed, script refused)
  124  --timeout ran out
  130  interrupted (SIGINT)`

// runParams is everything a run needs from the command line.
type runParams struct {
	timeout time.Duration

	// Python's own flags, recognised so spython can stand in for python.
	command     string // -c
	module      string // -m
	interactive bool   // -i
	ignored     [7]bool
	version     bool // -V
}

func newRootCmd() *cobra.Command {
	p := &runParams{}
	root := &cobra.Command{
		Use:   "spython [flags] SCRIPT [ARG...]",
		Short: "Run Python scripts under an audit policy",
		Long:  rootLong,
		Args:  cobra.ArbitraryArgs,
		// Shell completion of the script name is the shell's own.
		ValidArgsFunction: cobra.NoFileCompletions,
		SilenceUsage:      true,
		SilenceErrors:     true,
		Version:           versionString(),
		RunE: func(cmd *cobra.Command, args []string) error {
			if p.version {
				fmt.Fprintln(cmd.OutOrStdout(), "spython "+versionString())
				return nil
			}
			return runScript(cmd, p, args)
		},
	}
	root.SetVersionTemplate("spython {{.Version}}\n")
	bindRunFlags(root.Flags(), p)
	root.Flags().BoolVarP(&p.version, "version", "V", false, "print the version and exit")
	root.AddCommand(newRunCmd(), newEventsCmd(), newVersionCmd(), newManCmd())
	return root
}

func newRunCmd() *cobra.Command {
	p := &runParams{}
	cmd := &cobra.Command{
		Use:   "run [flags] SCRIPT [ARG...]",
		Short: "Run a script (for scripts named like a subcommand)",
		Long: `Run SCRIPT with ARG... as its sys.argv[1:], exactly as "spython SCRIPT" does.
Use it when the script's name is also the name of a subcommand.`,
		Args:              cobra.ArbitraryArgs,
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runScript(cmd, p, args)
		},
	}
	bindRunFlags(cmd.Flags(), p)
	return cmd
}

// bindRunFlags declares the flags of a run. Parsing stops at the script.
func bindRunFlags(f *pflag.FlagSet, p *runParams) {
	f.SetInterspersed(false)
	f.DurationVar(&p.timeout, "timeout", 0, "end the script after this wall-clock `DURATION` (exit 124); 0: no limit")
	f.StringVarP(&p.command, "command", "c", "", "python -c: run `CMD` (refused: exit 77)")
	f.StringVarP(&p.module, "module", "m", "", "python -m: run `MODULE` (refused: exit 77)")
	f.BoolVarP(&p.interactive, "inspect", "i", false, "python -i: interactive prompt after the script (refused: exit 77)")
	for i, fl := range []struct{ name, short string }{
		{"ignore-environment", "E"}, {"no-user-site", "s"}, {"no-site", "S"},
		{"dont-write-bytecode", "B"}, {"isolate", "I"}, {"unbuffered", "u"}, {"quiet", "q"},
	} {
		f.BoolVarP(&p.ignored[i], fl.name, fl.short, false, "python -"+fl.short+": accepted, no effect (spython is always isolated)")
	}
}

// runScript runs a script, or refuses a launch mode spython does not allow
// (after raising its cpython.run_* event, so the attempt is on record).
func runScript(cmd *cobra.Command, p *runParams, args []string) error {
	chain := hooks.NewChain()
	refuse := func(flag, mode string, spec *hooks.Spec, eventArgs ...any) error {
		if err := chain.Raise(hooks.NewEvent(spec, eventArgs...)); err != nil {
			return &refusedError{msg: fmt.Sprintf("%s: %v", flag, err)}
		}
		return &refusedError{msg: fmt.Sprintf("%s: launch mode %q is not allowed: spython runs script files only", flag, mode)}
	}
	switch {
	// Changed, not the value: an empty -c '' is a command too.
	case cmd.Flags().Changed("command"):
		return refuse("-c", "command", hooks.RunCommand, p.command)
	case cmd.Flags().Changed("module"):
		return refuse("-m", "module", hooks.RunModule, p.module)
	case p.interactive:
		return refuse("-i", "interactive", hooks.RunInteractiveHook, nil)
	case len(args) == 0 || args[0] == "-":
		return refuse("no script", "stdin", hooks.RunStdin)
	}
	interrupts := make(chan os.Signal, 2)
	signal.Notify(interrupts, os.Interrupt)
	defer signal.Stop(interrupts)
	cfg := interp.Config{Script: args[0], Args: args[1:], Hooks: chain}
	err := interp.Run(cfg, interp.RunOptions{Timeout: p.timeout, Interrupt: interrupts})
	if errors.Is(err, interp.ErrTimeout) {
		return &timeoutError{limit: p.timeout}
	}
	return err
}
