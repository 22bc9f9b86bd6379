package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/spf13/pflag"

	"github.com/spython/spython/hooks"
	"github.com/spython/spython/hooks/sink"
	"github.com/spython/spython/policy"
)

// The site policy, used when --policy is not given and the file exists;
// otherwise the policy embedded in the binary. It is a variable only so
// that the test binary can point it elsewhere; spython never reads it from
// the environment.
var systemPolicyPath = "/etc/spython/policy.yaml"

// The system log's sockets, in the order they are tried when neither the
// policy nor --log names a sink.
var (
	journalSocket = sink.DefaultJournalSocket
	syslogSocket  = sink.DefaultSyslogSocket
)

// policyFlag declares --policy FILE, the same for every command.
func policyFlag(f *pflag.FlagSet, path *string) {
	f.StringVar(path, "policy", "", "the policy `FILE` (default: "+systemPolicyPath+" when it exists, else the embedded default)")
}

// configError is a configuration that cannot be used (exit 78): an invalid
// or unsafe policy, a log sink that cannot be opened.
type configError struct{ msg string }

func (e *configError) Error() string { return e.msg }

// usageError is a command line spython refuses (exit 2).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// session is what a run is governed by: the policy in effect, its mode and
// the audit log, assembled into the chain of Go-native hooks.
type session struct {
	policy *policy.Policy
	mode   policy.Mode
	gate   *hooks.Gate
	logger *sink.Logger
	chain  *hooks.Chain

	closeOnce sync.Once
}

// newSession resolves the policy (--policy, else the site policy, else the
// embedded default), refuses the flags a locked policy forbids, opens the
// audit log and builds the chain. script names the run in every record;
// observe, when not nil, sees every decision before it is recorded.
func newSession(flags *pflag.FlagSet, p *runParams, script string, stderr io.Writer, observe func(e *hooks.Event, decision, rule string)) (*session, error) {
	pol, err := loadPolicy(flags, p)
	if err != nil {
		return nil, err
	}
	mode := pol.Mode
	if p.audit {
		mode = policy.ModeAudit
	} else if flags.Changed("mode") {
		switch policy.Mode(p.mode) {
		case policy.ModeEnforce, policy.ModeAudit:
			mode = policy.Mode(p.mode)
		default:
			return nil, &usageError{fmt.Sprintf("--mode %q: want enforce or audit", p.mode)}
		}
	}
	gate, err := pol.Verify.Gate()
	if err != nil {
		return nil, &configError{fmt.Sprintf("%s: %v", pol.Source, err)}
	}
	gate.Audit = mode == policy.ModeAudit
	sinks, onFailure, err := openSinks(pol, p.logs, stderr)
	if err != nil {
		return nil, err
	}
	logger, err := sink.NewLogger(sink.Options{
		Mode:      string(mode),
		Script:    script,
		Events:    string(pol.Log.Events),
		OnFailure: onFailure,
	}, sinks...)
	if err != nil {
		for _, s := range sinks {
			s.Close()
		}
		return nil, &configError{err.Error()}
	}
	record := logger.Log
	if observe != nil {
		record = func(e *hooks.Event, decision, rule string) error {
			observe(e, decision, rule)
			return logger.Log(e, decision, rule)
		}
	}
	return &session{
		policy: pol,
		mode:   mode,
		gate:   gate,
		logger: logger,
		chain:  hooks.NewChain(&policy.Enforcer{Policy: pol, Mode: mode, Record: record}),
	}, nil
}

// protected names the files the script may not write or remove: the
// policy file, the manifest, its signature and its key.
func (s *session) protected() []string {
	files := []string{s.policy.Verify.Manifest, s.policy.Verify.Key}
	if s.policy.Verify.Manifest != "" {
		files = append(files, s.policy.Verify.Manifest+".sig")
	}
	if s.policy.Source != policy.DefaultSource {
		files = append(files, s.policy.Source)
	}
	return files
}

// close closes the audit log and reports records that were lost.
// It may be called more than once, from more than one goroutine (the
// end of the run, os._exit, a termination signal); only the first acts.
func (s *session) close(stderr io.Writer) {
	s.closeOnce.Do(func() {
		if err := s.logger.Close(); err != nil {
			fmt.Fprintf(stderr, "spython: audit log: %v\n", err)
		}
	})
}

// loadPolicy returns the policy in effect. A locked policy refuses
// --policy, --mode and --log.
func loadPolicy(flags *pflag.FlagSet, p *runParams) (*policy.Policy, error) {
	base, err := policy.Load(systemPolicyPath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		base = policy.Default()
	case err != nil:
		return nil, policyError(err)
	}
	if err := refuseIfLocked(base, flags, "policy", "mode", "log"); err != nil {
		return nil, err
	}
	if !flags.Changed("policy") {
		return base, nil
	}
	pol, err := policy.Load(p.policyPath)
	if err != nil {
		return nil, policyError(err)
	}
	if err := refuseIfLocked(pol, flags, "mode", "log"); err != nil {
		return nil, err
	}
	return pol, nil
}

func refuseIfLocked(pol *policy.Policy, flags *pflag.FlagSet, names ...string) error {
	if !pol.Lock {
		return nil
	}
	for _, name := range names {
		if flags.Changed(name) {
			return &usageError{fmt.Sprintf("--%s is refused: the policy %s is locked (lock: true)", name, pol.Source)}
		}
	}
	return nil
}

// policyError reports a policy that cannot be used, each diagnostic on its
// own line as FILE:LINE:COL: code: message.
func policyError(err error) error {
	var diags policy.Diagnostics
	if !errors.As(err, &diags) {
		return &configError{fmt.Sprintf("policy: %v", err)}
	}
	lines := make([]string, 0, len(diags))
	for _, d := range diags.Errors() {
		lines = append(lines, d.String())
	}
	return &configError{strings.Join(lines, "\nspython: ")}
}

// openSinks opens the sinks the policy and --log name, or the system log
// when there are none: journald when its socket exists, else syslog's
// /dev/log; with neither, spython says so and runs without a log. It
// returns the on_failure to apply: the policy's for sinks that were
// configured, continue for the system log chosen by default.
func openSinks(pol *policy.Policy, logs []string, stderr io.Writer) ([]sink.Sink, string, error) {
	var sinks []sink.Sink
	fail := func(err error) ([]sink.Sink, string, error) {
		for _, s := range sinks {
			s.Close()
		}
		return nil, "", &configError{fmt.Sprintf("audit log: %v", err)}
	}
	for _, cfg := range pol.Log.Sinks {
		s, err := openPolicySink(cfg, stderr)
		if err != nil {
			return fail(err)
		}
		sinks = append(sinks, s)
	}
	for _, spec := range logs {
		s, err := openLogFlag(spec, stderr)
		if err != nil {
			return fail(fmt.Errorf("--log %s: %w", spec, err))
		}
		sinks = append(sinks, s)
	}
	if len(sinks) > 0 {
		return sinks, string(pol.Log.OnFailure), nil
	}
	if _, err := os.Stat(journalSocket); err == nil {
		if s, err := sink.DialJournal(journalSocket); err == nil {
			return []sink.Sink{s}, string(policy.FailContinue), nil
		}
	}
	if _, err := os.Stat(syslogSocket); err == nil {
		if s, err := sink.DialSyslog(sink.SyslogConfig{Network: "local", Addr: syslogSocket}); err == nil {
			return []sink.Sink{s}, string(policy.FailContinue), nil
		}
	}
	fmt.Fprintf(stderr, "spython: no system log (%s or %s): audit records are not kept; name a sink with --log or log.sinks\n", journalSocket, syslogSocket)
	return nil, string(policy.FailContinue), nil
}

func openPolicySink(cfg policy.Sink, stderr io.Writer) (sink.Sink, error) {
	switch cfg.Type {
	case policy.SinkFile:
		return sink.OpenFile(cfg.Path)
	case policy.SinkStderr:
		return sink.NewText(stderr), nil
	case policy.SinkJournald:
		return sink.DialJournal("")
	case policy.SinkSyslog:
		network, addr := "local", ""
		switch {
		case strings.HasPrefix(cfg.Address, "tcp://"):
			network, addr = "tcp", strings.TrimPrefix(cfg.Address, "tcp://")
		case strings.HasPrefix(cfg.Address, "udp://"):
			network, addr = "udp", strings.TrimPrefix(cfg.Address, "udp://")
		case cfg.Address != "":
			network, addr = "udp", cfg.Address
		}
		return sink.DialSyslog(sink.SyslogConfig{Network: network, Addr: addr})
	}
	return nil, fmt.Errorf("unknown sink type %q", cfg.Type)
}

// openLogFlag opens one --log SINK: a file path (JSON lines), - or stderr
// (text), syslog (the local socket), syslog://HOST:PORT (UDP),
// syslog+tcp://HOST:PORT, or journald.
func openLogFlag(spec string, stderr io.Writer) (sink.Sink, error) {
	switch {
	case spec == "-" || spec == "stderr":
		return sink.NewText(stderr), nil
	case spec == "syslog":
		return sink.DialSyslog(sink.SyslogConfig{Network: "local"})
	case strings.HasPrefix(spec, "syslog://"):
		return sink.DialSyslog(sink.SyslogConfig{Network: "udp", Addr: strings.TrimPrefix(spec, "syslog://")})
	case strings.HasPrefix(spec, "syslog+tcp://"):
		return sink.DialSyslog(sink.SyslogConfig{Network: "tcp", Addr: strings.TrimPrefix(spec, "syslog+tcp://")})
	case spec == "journald":
		return sink.DialJournal("")
	case spec == "":
		return nil, errors.New("empty sink")
	}
	path, err := filepath.Abs(spec)
	if err != nil {
		return nil, err
	}
	return sink.OpenFile(path)
}
