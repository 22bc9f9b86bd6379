package main

import (
	"crypto/rand"
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/spython/spython/hooks/manifest"
)

func newManifestCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "manifest",
		Short: "Build, verify and sign manifests of code files",
		Long: `A manifest lists code files with their sha256, in sha256sum's format
(sha256sum -c works on it). With verify.manifest set in the policy, spython
compiles only files the manifest lists, with the listed hash; with
verify.key set, the manifest must carry a valid detached ed25519 signature
(MANIFEST.sig). See docs/manifest.md.`,
	}
	cmd.AddCommand(newManifestBuildCmd(), newManifestVerifyCmd(), newManifestKeygenCmd(), newManifestSignCmd())
	return cmd
}

func newManifestBuildCmd() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "build [-o FILE] PATH...",
		Short: "Write the manifest of the code files under PATH...",
		Long: `Walk each PATH (folders recursively, not following linked folders), take
the regular files ending in .py, resolve each to its absolute path, hash it,
and write the manifest sorted by path to FILE (default: stdout).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, paths []string) error {
			m, err := manifest.Build(paths, manifest.DefaultExtensions)
			if err != nil {
				return &configError{fmt.Sprintf("manifest build: %v", err)}
			}
			if out == "" {
				_, err = cmd.OutOrStdout().Write(m.Bytes())
				return err
			}
			return os.WriteFile(out, m.Bytes(), 0o644)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the manifest to `FILE` instead of stdout")
	return cmd
}

func newManifestVerifyCmd() *cobra.Command {
	var path string
	cmd := &cobra.Command{
		Use:   "verify [--manifest FILE] [PATH...]",
		Short: "Check code files against a manifest",
		Long: `Hash the files the manifest lists again and report each: ok, changed,
missing, unreadable, or unlisted (a code file under one of the PATHs that the
manifest does not list). Without PATH every listed file is checked.
FILE defaults to the verify.manifest of the policy in effect, whose
signature is then checked first when the policy names verify.key.
Exit status: 0 when every file is ok, 1 otherwise.`,
		RunE: func(cmd *cobra.Command, paths []string) error {
			load := manifest.Load
			if path == "" {
				p, err := effectivePolicy("")
				if err != nil {
					return err
				}
				if path = p.Verify.Manifest; path == "" {
					return &usageError{"manifest verify: no --manifest, and the policy sets no verify.manifest"}
				}
				// The policy's manifest is checked as a run checks it: its
				// signature first, when the policy names a key.
				if p.Verify.Key != "" {
					pub, err := manifest.LoadPublicKey(p.Verify.Key)
					if err != nil {
						return &configError{fmt.Sprintf("manifest verify: verify.key: %v", err)}
					}
					load = func(path string) (*manifest.Manifest, error) { return manifest.LoadSigned(path, pub) }
				}
			}
			m, err := load(path)
			if err != nil {
				return &configError{fmt.Sprintf("manifest verify: %v", err)}
			}
			bad := false
			for _, r := range manifest.Verify(m, paths) {
				line := fmt.Sprintf("%s: %s", r.Path, r.Status)
				if r.Message != "" {
					line += ": " + r.Message
				}
				fmt.Fprintln(cmd.OutOrStdout(), line)
				bad = bad || r.Status != manifest.OK
			}
			if bad {
				return errInvalid
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&path, "manifest", "", "the manifest `FILE` (default: the policy's verify.manifest)")
	return cmd
}

func newManifestKeygenCmd() *cobra.Command {
	var prefix string
	cmd := &cobra.Command{
		Use:   "keygen [-o PREFIX]",
		Short: "Make an ed25519 key pair for signing manifests",
		Long: `Write the public key to PREFIX.pub (name it in verify.key) and the private
key to PREFIX.key, created new with mode 0600; neither file may exist.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			pub, priv, err := manifest.GenerateKey(rand.Reader)
			if err != nil {
				return err
			}
			if err := writeNew(prefix+".key", priv, 0o600); err != nil {
				return &configError{fmt.Sprintf("manifest keygen: %v", err)}
			}
			if err := writeNew(prefix+".pub", pub, 0o644); err != nil {
				return &configError{fmt.Sprintf("manifest keygen: %v", err)}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s.pub\n%s.key\n", prefix, prefix)
			return nil
		},
	}
	cmd.Flags().StringVarP(&prefix, "output", "o", "spython-manifest", "write `PREFIX`.pub and PREFIX.key")
	return cmd
}

func newManifestSignCmd() *cobra.Command {
	var keyPath string
	cmd := &cobra.Command{
		Use:   "sign --key PRIV MANIFEST",
		Short: "Sign a manifest: write MANIFEST.sig",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if keyPath == "" {
				return &usageError{"manifest sign: --key is required"}
			}
			key, err := manifest.LoadPrivateKey(keyPath)
			if err != nil {
				return &configError{fmt.Sprintf("manifest sign: %v", err)}
			}
			m, err := manifest.Load(args[0])
			if err != nil {
				return &configError{fmt.Sprintf("manifest sign: %v", err)}
			}
			return os.WriteFile(args[0]+manifest.SignatureSuffix, manifest.Sign(key, m.Bytes()), 0o644)
		},
	}
	cmd.Flags().StringVar(&keyPath, "key", "", "the private key `FILE` (mode 0600)")
	return cmd
}

// writeNew creates path with data; it never replaces an existing file.
func writeNew(path string, data []byte, mode os.FileMode) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	return errors.Join(err, f.Close())
}
