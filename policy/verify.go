package policy

import (
	"fmt"
	"os/user"
	"strconv"

	"github.com/spython/spython/hooks"
	"github.com/spython/spython/hooks/manifest"
)

// Gate makes the verified-open gate the verify section describes: owners
// resolved to uids, the manifest loaded (its signature checked first when
// a key is set). An error is a configuration the run cannot start with:
// an unknown owner, a manifest that cannot be read, or one without a
// valid signature.
func (v *Verify) Gate() (*hooks.Gate, error) {
	g := &hooks.Gate{
		Extensions:     v.Extensions,
		MaxSize:        int64(v.MaxSize),
		Allow:          v.Allow,
		Deny:           v.Deny,
		RefuseWritable: v.Writable != PermitAllow,
		RefuseNoexec:   v.Noexec != PermitAllow,
		ExecCheck:      hooks.ExecCheck(v.ExecCheck),
		Xattr:          v.Xattr,
	}
	for _, owner := range v.Owners {
		uid, err := lookupUID(owner)
		if err != nil {
			return nil, fmt.Errorf("verify.owners: %w", err)
		}
		g.Owners = append(g.Owners, uid)
	}
	if v.Manifest == "" {
		if v.Key != "" {
			return nil, fmt.Errorf("verify.key is set but verify.manifest is not")
		}
		return g, nil
	}
	var m *manifest.Manifest
	var err error
	if v.Key != "" {
		pub, kerr := manifest.LoadPublicKey(v.Key)
		if kerr != nil {
			return nil, fmt.Errorf("verify.key: %w", kerr)
		}
		m, err = manifest.LoadSigned(v.Manifest, pub)
	} else {
		m, err = manifest.Load(v.Manifest)
	}
	if err != nil {
		return nil, fmt.Errorf("verify.manifest: %w", err)
	}
	g.Manifest = m
	return g, nil
}

// lookupUID resolves a user name or a decimal uid.
func lookupUID(owner string) (uint32, error) {
	if n, err := strconv.ParseUint(owner, 10, 32); err == nil {
		return uint32(n), nil
	}
	u, err := user.Lookup(owner)
	if err != nil {
		return 0, fmt.Errorf("unknown user %q", owner)
	}
	n, err := strconv.ParseUint(u.Uid, 10, 32)
	if err != nil {
		return 0, fmt.Errorf("user %q has uid %q", owner, u.Uid)
	}
	return uint32(n), nil
}
