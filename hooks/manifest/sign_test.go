package manifest

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// RFC 8032, section 7.1, test 1.
const (
	rfcSeed   = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
	rfcPublic = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
)

// testKeys returns the files of a key pair made from seed (hex).
func testKeys(t testing.TB, seed string) (pub, priv []byte) {
	t.Helper()
	s, err := hex.DecodeString(seed)
	if err != nil {
		t.Fatal(err)
	}
	pub, priv, err = GenerateKey(bytes.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return pub, priv
}

func TestGenerateKey(t *testing.T) {
	pubFile, privFile := testKeys(t, rfcSeed)
	for _, f := range []struct {
		data      []byte
		typ, want string
	}{
		{pubFile, PublicKeyBlock, rfcPublic},
		{privFile, PrivateKeyBlock, rfcSeed},
	} {
		b, rest := pem.Decode(f.data)
		if b == nil || b.Type != f.typ || len(b.Headers) != 0 || len(rest) != 0 || hex.EncodeToString(b.Bytes) != f.want {
			t.Errorf("key file:\n%s\nwant a %s block of %s", f.data, f.typ, f.want)
		}
	}
	pub, err := ParsePublicKey(pubFile)
	if err != nil {
		t.Fatal(err)
	}
	priv, err := ParsePrivateKey(privFile)
	if err != nil {
		t.Fatal(err)
	}
	if !priv.Public().(ed25519.PublicKey).Equal(pub) {
		t.Fatal("the private key is not the public key's")
	}

	// With no source, a secure one: two keys differ.
	a, _, err := GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a, b) {
		t.Fatal("two generated keys are equal")
	}
}

func TestSignatures(t *testing.T) {
	pubFile, privFile := testKeys(t, rfcSeed)
	otherFile, _ := testKeys(t, strings.Repeat("42", 32))
	pub, _ := ParsePublicKey(pubFile)
	other, _ := ParsePublicKey(otherFile)
	priv, _ := ParsePrivateKey(privFile)

	hx := strings.Repeat("ab", 32)
	manifest := []byte(hx + "  /opt/app/a.py\n" + hx + "  /opt/app/b.py\n")
	sig := Sign(priv, manifest)
	if b, _ := pem.Decode(sig); b == nil || b.Type != SignatureBlock || len(b.Bytes) != 64 {
		t.Fatalf("signature file:\n%s", sig)
	}
	edited := bytes.Clone(manifest)
	edited[len(edited)-5] = 'c' // b.py -> c.py
	flipped := bytes.Clone(manifest)
	flipped[0] ^= 1
	sigBytes, _ := pem.Decode(sig)
	short := pem.EncodeToMemory(&pem.Block{Type: SignatureBlock, Bytes: sigBytes.Bytes[:63]})
	wrongType := pem.EncodeToMemory(&pem.Block{Type: "SIGNATURE", Bytes: sigBytes.Bytes})
	headers := pem.EncodeToMemory(&pem.Block{Type: SignatureBlock, Headers: map[string]string{"Key": "x"}, Bytes: sigBytes.Bytes})

	tests := []struct {
		name     string
		pub      ed25519.PublicKey
		manifest []byte
		sig      []byte
		is       error
		want     string
	}{
		{"ok", pub, manifest, sig, nil, ""},
		{"ok, with white space around", pub, manifest, append(append([]byte("\n  "), sig...), "\n\n"...), nil, ""},
		{"a byte changed", pub, edited, sig, ErrSignatureMismatch, "manifest signature does not match the key"},
		{"a bit flipped", pub, flipped, sig, ErrSignatureMismatch, "manifest signature does not match the key"},
		{"a line more", pub, append(bytes.Clone(manifest), hx+"  /tmp/evil.py\n"...), sig, ErrSignatureMismatch, "manifest signature does not match the key"},
		{"wrong key", other, manifest, sig, ErrSignatureMismatch, "manifest signature does not match the key"},
		{"no signature", pub, manifest, nil, ErrNoSignature, "manifest has no signature"},
		{"blank signature", pub, manifest, []byte(" \n"), ErrNoSignature, "manifest has no signature"},
		{"garbage", pub, manifest, []byte("hello"), ErrMalformedSignature,
			"manifest signature is malformed: not a PEM block (no -----BEGIN line at the start)"},
		{"text before", pub, manifest, append([]byte("sig:\n"), sig...), ErrMalformedSignature,
			"manifest signature is malformed: not a PEM block (no -----BEGIN line at the start)"},
		{"text after", pub, manifest, append(bytes.Clone(sig), "more"...), ErrMalformedSignature,
			"manifest signature is malformed: more after the PEM block"},
		{"two signatures", pub, manifest, append(bytes.Clone(sig), sig...), ErrMalformedSignature,
			"manifest signature is malformed: more after the PEM block"},
		{"cut short", pub, manifest, sig[:len(sig)-10], ErrMalformedSignature,
			"manifest signature is malformed: not a valid PEM block"},
		{"63 bytes", pub, manifest, short, ErrMalformedSignature,
			"manifest signature is malformed: the PEM block holds 63 bytes; want 64"},
		{"wrong type", pub, manifest, wrongType, ErrMalformedSignature,
			`manifest signature is malformed: a PEM block of type "SIGNATURE"; want "SPYTHON ED25519 SIGNATURE"`},
		{"a public key", pub, manifest, pubFile, ErrMalformedSignature,
			`manifest signature is malformed: a PEM block of type "SPYTHON ED25519 PUBLIC KEY"; want "SPYTHON ED25519 SIGNATURE"`},
		{"headers", pub, manifest, headers, ErrMalformedSignature,
			"manifest signature is malformed: the PEM block has headers; it must have none"},
		{"bad public key", pub[:31], manifest, sig, nil, "public key has 31 bytes; want 32"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := VerifySignature(tt.pub, tt.manifest, tt.sig)
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || err.Error() != tt.want {
				t.Fatalf("error: %v\nwant: %s", err, tt.want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Fatalf("error %v is not %v", err, tt.is)
			}
		})
	}
}

func TestKeyFiles(t *testing.T) {
	dir := tempDir(t)
	pubFile, privFile := testKeys(t, rfcSeed)
	write := func(name string, data []byte, mode os.FileMode) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil { // past the umask
			t.Fatal(err)
		}
		return path
	}
	pubPath := write("key.pub", pubFile, 0o644)
	pub, err := LoadPublicKey(pubPath)
	if err != nil {
		t.Fatal(err)
	}
	if hex.EncodeToString(pub) != rfcPublic {
		t.Fatalf("public key %x", pub)
	}

	tests := []struct {
		name string
		data []byte
		mode os.FileMode
		want string // error after the path and ": "
	}{
		{"0600", privFile, 0o600, ""},
		{"0400", privFile, 0o400, ""},
		{"0644", privFile, 0o644, "private key file is accessible by group or others (mode 0644); chmod 600 it"},
		{"0640", privFile, 0o640, "private key file is accessible by group or others (mode 0640); chmod 600 it"},
		{"0601", privFile, 0o601, "private key file is accessible by group or others (mode 0601); chmod 600 it"},
		{"a public key", pubFile, 0o600, `private key: a PEM block of type "SPYTHON ED25519 PUBLIC KEY"; want "SPYTHON ED25519 PRIVATE KEY"`},
		{"64 bytes", pem.EncodeToMemory(&pem.Block{Type: PrivateKeyBlock, Bytes: make([]byte, 64)}), 0o600,
			"private key: the PEM block holds 64 bytes; want 32"},
		{"empty", nil, 0o600, "private key: the file is empty"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write("key"+string(rune('a'+i)), tt.data, tt.mode)
			priv, err := LoadPrivateKey(path)
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if !priv.Public().(ed25519.PublicKey).Equal(pub) {
					t.Fatal("not the key pair")
				}
				return
			}
			if err == nil || err.Error() != path+": "+tt.want {
				t.Fatalf("error: %v\nwant: %s: %s", err, path, tt.want)
			}
		})
	}

	if _, err := LoadPublicKey(write("bad.pub", privFile, 0o644)); err == nil || !strings.HasSuffix(err.Error(),
		`public key: a PEM block of type "SPYTHON ED25519 PRIVATE KEY"; want "SPYTHON ED25519 PUBLIC KEY"`) {
		t.Fatalf("LoadPublicKey of a private key: %v", err)
	}
	if _, err := LoadPublicKey(dir); err == nil {
		t.Fatal("LoadPublicKey of a folder worked")
	}
}

func TestLoadSigned(t *testing.T) {
	dir := tempDir(t)
	pubFile, privFile := testKeys(t, rfcSeed)
	pub, _ := ParsePublicKey(pubFile)
	priv, _ := ParsePrivateKey(privFile)
	otherFile, _ := testKeys(t, strings.Repeat("42", 32))
	other, _ := ParsePublicKey(otherFile)

	hx := strings.Repeat("ab", 32)
	data := []byte(hx + "  /opt/app/a.py\n")
	path := filepath.Join(dir, "MANIFEST")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadSigned(path, pub); !errors.Is(err, ErrNoSignature) ||
		err.Error() != path+": manifest has no signature: no file "+path+".sig" {
		t.Fatalf("no signature file: %v", err)
	}
	if err := os.WriteFile(path+SignatureSuffix, Sign(priv, data), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := LoadSigned(path, pub)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := m.Hash("/opt/app/a.py"); !ok || m.Len() != 1 {
		t.Fatalf("loaded %v", m.Entries())
	}
	if _, err := LoadSigned(path, other); !errors.Is(err, ErrSignatureMismatch) ||
		err.Error() != path+": manifest signature does not match the key ("+path+".sig)" {
		t.Fatalf("other key: %v", err)
	}
	if err := os.WriteFile(path, append(data, hx+"  /tmp/evil.py\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadSigned(path, pub); !errors.Is(err, ErrSignatureMismatch) {
		t.Fatalf("line added: %v", err)
	}

	// A signed manifest is still parsed strictly.
	bad := []byte(hx + " /opt/app/a.py\n")
	if err := os.WriteFile(path, bad, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+SignatureSuffix, Sign(priv, bad), 0o644); err != nil {
		t.Fatal(err)
	}
	var es Errors
	if _, err := LoadSigned(path, pub); !errors.As(err, &es) {
		t.Fatalf("signed, badly formed: %v", err)
	}
}
