package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/spython/spython/hooks"
	"github.com/spython/spython/interp"
)

const rootLong = `spython runs a Python script on an embedded interpreter (gpython) in
which spython, never the script or its environment, decides what becomes
code. Every import, compile, exec, file open and os call raises an audit
event before it happens; the policy decides whether it is allowed, denied
or logged, and the audit log records it.

Flags are read only before SCRIPT: everything after it is the script's own
sys.argv[1:] (spython job.py --verbose gives the script --verbose). A script
named like a subcommand runs with "spython run SCRIPT".

The policy is --policy FILE, else /etc/spython/policy.yaml when it exists,
else the default embedded in the binary ("spython policy show" prints it):
script files only, os.system and sys.addaudithook denied, every event
recorded to the system log (journald, else /dev/log). A policy with
lock: true refuses --policy, --mode and --log. A denied operation raises
PermissionError in the script after its record is written; with --mode
audit nothing is denied and the record says would-deny.

How spython differs from python:
  - the environment is never read: PYTHONPATH, PYTHONHOME, PYTHONSTARTUP and
    PYTHONINSPECT have no effect, and sys.path is the script's folder only;
  - only .py source is ever compiled; .pyc files are never loaded; every
    code file passes the verified-open gate of the policy's verify section
    (allowed paths, owner and mode, noexec mounts, the kernel's
    AT_EXECVE_CHECK, a sha256 manifest) and is read once;
  - -c, -m and stdin run only when the policy's launch list allows them
    (exit 77 otherwise); there is no interactive prompt (-i);
  - Python calls nest at most 1000 deep (RecursionError beyond), and source
    nested more than 1000 levels deep is a SyntaxError;
  - built-in types cannot be changed (str.upper = f raises TypeError).

Exit codes:
  0    the script finished
  n    the script called sys.exit(n) or raised SystemExit(n)
  1    an uncaught exception (traceback on stderr), or SystemExit("message")
  2    usage error; the script does not exist or cannot be read; a flag a
       locked policy refuses
  70   internal error: a bug in spython, reported with a Go stack
  77   refused before the script ran (launch mode not allowed, script refused)
  78   configuration error: invalid or unsafe policy, audit log that cannot
       be opened
  124  --timeout (or the policy's limits.timeout) ran out
  130  interrupted (SIGINT)`

// runParams is everything a run needs from the command line.
type runParams struct {
	policyPath string
	mode       string
	audit      bool // spython check: always audit mode
	logs       []string
	timeout    time.Duration

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
	root.AddCommand(newRunCmd(), newCheckCmd(), newPolicyCmd(), newManifestCmd(), newLogCmd(), newEventsCmd(), newVersionCmd(), newManCmd())
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
	policyFlag(f, &p.policyPath)
	f.StringVar(&p.mode, "mode", "", "`MODE`: enforce or audit (audit: nothing is blocked, would-be denials are recorded); default: the policy's")
	f.StringArrayVar(&p.logs, "log", nil, "also record audit events to `SINK`: a file path (JSON lines), - or stderr, syslog, syslog://HOST:PORT, syslog+tcp://HOST:PORT, journald (repeatable)")
	f.DurationVar(&p.timeout, "timeout", 0, "end the script after this wall-clock `DURATION` (exit 124); 0: the policy's limits.timeout")
	f.StringVarP(&p.command, "command", "c", "", "python -c: run `CMD` (only if the policy's launch allows command)")
	f.StringVarP(&p.module, "module", "m", "", "python -m: run `MODULE` (only if the policy's launch allows module)")
	f.BoolVarP(&p.interactive, "inspect", "i", false, "python -i: interactive prompt (never available: exit 77)")
	for i, fl := range []struct{ name, short string }{
		{"ignore-environment", "E"}, {"no-user-site", "s"}, {"no-site", "S"},
		{"dont-write-bytecode", "B"}, {"isolate", "I"}, {"unbuffered", "u"}, {"quiet", "q"},
	} {
		f.BoolVarP(&p.ignored[i], fl.name, fl.short, false, "python -"+fl.short+": accepted, no effect (spython is always isolated)")
	}
}

// runScript runs what the command line names as __main__ under the
// policy in effect. Each launch mode raises its cpython.run_* event, which
// the policy's launch list decides (refused: exit 77, after the record).
func runScript(cmd *cobra.Command, p *runParams, args []string) error {
	flags := cmd.Flags()
	stderr := cmd.ErrOrStderr()
	var cfg interp.Config
	var script string // how records name the run
	switch {
	// Changed, not the value: an empty -c '' is a command too.
	case flags.Changed("command"):
		cfg = interp.Config{Launch: interp.LaunchCommand, Command: p.command, Args: args}
		script = "-c"
	case flags.Changed("module"):
		cfg = interp.Config{Launch: interp.LaunchModule, Module: p.module, Args: args}
		script = "-m " + p.module
	case p.interactive:
		script = "-i"
	case len(args) == 0 || args[0] == "-":
		cfg = interp.Config{Launch: interp.LaunchStdin}
		if len(args) > 0 {
			cfg.Script, cfg.Args = "-", args[1:]
		}
		script = "<stdin>"
	default:
		cfg = interp.Config{Script: args[0], Args: args[1:]}
		script, _ = filepath.Abs(args[0])
	}
	s, err := newSession(flags, p, script, stderr, nil)
	if err != nil {
		return err
	}
	defer s.close(stderr)
	if p.interactive {
		if err := s.chain.Raise(hooks.NewEvent(hooks.RunInteractiveHook, nil)); err != nil {
			return &refusedError{msg: fmt.Sprintf("-i: %v", err)}
		}
		return &refusedError{msg: "-i: spython has no interactive prompt"}
	}
	cfg.Hooks = s.chain
	cfg.Gate = s.gate
	cfg.Protected = s.protected()
	cfg.Path = s.policy.Path
	cfg.RecursionLimit = s.policy.Limits.Recursion
	timeout := p.timeout
	if limit := time.Duration(s.policy.Limits.Timeout); limit > 0 && (timeout == 0 || limit < timeout) {
		timeout = limit
	}
	cfg.BeforeExit = func() { s.close(stderr) }
	defer flushOnTermination(s, stderr)()
	interrupts := make(chan os.Signal, 2)
	signal.Notify(interrupts, os.Interrupt)
	defer signal.Stop(interrupts)
	defer watchBrokenPipes()()
	err = interp.Run(cfg, interp.RunOptions{Timeout: timeout, Interrupt: interrupts})
	if errors.Is(err, interp.ErrTimeout) {
		return &timeoutError{limit: timeout}
	}
	return err
}

// watchBrokenPipes makes a write to a closed pipe fail with EPIPE, which
// the script sees as BrokenPipeError (script.py | head), as CPython, which
// ignores SIGPIPE, does; without it Go's runtime kills the process on a
// broken standard output. The signal is caught, not ignored, so that
// child processes start with its default action.
func watchBrokenPipes() (stop func()) {
	pipes := make(chan os.Signal, 1)
	signal.Notify(pipes, syscall.SIGPIPE)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-pipes:
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(pipes)
		close(done)
	}
}

// flushOnTermination makes SIGTERM and SIGHUP write the audit log's last
// records before the process dies of the signal as it would have. It
// returns the function that stops watching.
func flushOnTermination(s *session, stderr io.Writer) (stop func()) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGTERM, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-sigs:
			s.close(stderr)
			signal.Reset(sig)
			_ = syscall.Kill(os.Getpid(), sig.(syscall.Signal))
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sigs)
		close(done)
	}
}
