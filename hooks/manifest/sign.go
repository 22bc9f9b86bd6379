package manifest

import (
	"bytes"
	"crypto/ed25519"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"golang.org/x/sys/unix"
)

// SignatureSuffix ends the path of a manifest's signature file: the
// signature of /etc/spython/MANIFEST is /etc/spython/MANIFEST.sig.
const SignatureSuffix = ".sig"

// The types of the PEM blocks of key and signature files. Each block
// holds raw bytes and no headers.
const (
	PublicKeyBlock  = "SPYTHON ED25519 PUBLIC KEY"  // the 32-byte public key
	PrivateKeyBlock = "SPYTHON ED25519 PRIVATE KEY" // the 32-byte seed, RFC 8032's private key
	SignatureBlock  = "SPYTHON ED25519 SIGNATURE"   // the 64-byte signature of the manifest's bytes
)

// maxKeyFile bounds the key and signature files read.
const maxKeyFile = 64 << 10

// The errors of [VerifySignature] and [LoadSigned]; each is wrapped, with
// more detail, in the error returned.
var (
	ErrNoSignature        = errors.New("manifest has no signature")
	ErrMalformedSignature = errors.New("manifest signature is malformed")
	ErrSignatureMismatch  = errors.New("manifest signature does not match the key")
)

// GenerateKey makes an ed25519 key pair from random (a secure source when
// nil) and returns the contents of its two files: pub, a
// [PublicKeyBlock], and priv, a [PrivateKeyBlock]. Whoever writes priv
// to a file must create it new with mode 0600: [LoadPrivateKey] refuses a
// private key file that group or others can access.
func GenerateKey(random io.Reader) (pub, priv []byte, err error) {
	pk, sk, err := ed25519.GenerateKey(random)
	if err != nil {
		return nil, nil, err
	}
	pub = pem.EncodeToMemory(&pem.Block{Type: PublicKeyBlock, Bytes: pk})
	priv = pem.EncodeToMemory(&pem.Block{Type: PrivateKeyBlock, Bytes: sk.Seed()})
	return pub, priv, nil
}

// ParsePublicKey reads the content of a public key file.
func ParsePublicKey(data []byte) (ed25519.PublicKey, error) {
	b, msg := decodePEM(data, PublicKeyBlock, ed25519.PublicKeySize)
	if msg != "" {
		return nil, errors.New("public key: " + msg)
	}
	return ed25519.PublicKey(b), nil
}

// ParsePrivateKey reads the content of a private key file.
func ParsePrivateKey(data []byte) (ed25519.PrivateKey, error) {
	b, msg := decodePEM(data, PrivateKeyBlock, ed25519.SeedSize)
	if msg != "" {
		return nil, errors.New("private key: " + msg)
	}
	return ed25519.NewKeyFromSeed(b), nil
}

// LoadPublicKey reads the public key file at path (verify.key), opened
// once; it must be a regular file.
func LoadPublicKey(path string) (ed25519.PublicKey, error) {
	data, err := readFile(path, maxKeyFile, nil)
	if err != nil {
		return nil, err
	}
	pub, err := ParsePublicKey(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return pub, nil
}

// LoadPrivateKey reads the private key file at path, opened once. It
// refuses a file that group or others have any permission on (mode &
// 0o077 not 0), as ssh does.
func LoadPrivateKey(path string) (ed25519.PrivateKey, error) {
	data, err := readFile(path, maxKeyFile, func(st *unix.Stat_t) string {
		if mode := st.Mode & 0o7777; mode&0o077 != 0 {
			return fmt.Sprintf("private key file is accessible by group or others (mode %04o); chmod 600 it", mode)
		}
		return ""
	})
	if err != nil {
		return nil, err
	}
	priv, err := ParsePrivateKey(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return priv, nil
}

// Sign returns the content of the signature file of the manifest whose
// exact bytes are manifest: a [SignatureBlock]. It panics if priv is not
// an ed25519 private key (64 bytes, as [ParsePrivateKey] returns).
func Sign(priv ed25519.PrivateKey, manifest []byte) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: SignatureBlock, Bytes: ed25519.Sign(priv, manifest)})
}

// VerifySignature checks that sig, the content of a signature file, is
// pub's signature of manifest, the exact bytes of the manifest. The error
// wraps [ErrNoSignature] when sig is empty (or only white space),
// [ErrMalformedSignature] when it is not one [SignatureBlock] of 64 bytes,
// and [ErrSignatureMismatch] when it is not pub's signature of these
// bytes.
func VerifySignature(pub ed25519.PublicKey, manifest, sig []byte) error {
	if len(pub) != ed25519.PublicKeySize {
		return fmt.Errorf("public key has %d bytes; want %d", len(pub), ed25519.PublicKeySize)
	}
	if len(bytes.TrimSpace(sig)) == 0 {
		return ErrNoSignature
	}
	s, msg := decodePEM(sig, SignatureBlock, ed25519.SignatureSize)
	if msg != "" {
		return fmt.Errorf("%w: %s", ErrMalformedSignature, msg)
	}
	if !ed25519.Verify(pub, manifest, s) {
		return ErrSignatureMismatch
	}
	return nil
}

// LoadSigned reads the manifest file at path as [Load] does, and its
// signature file, path+[SignatureSuffix], each opened once; it checks
// that the signature is pub's over the bytes read before parsing them.
// A missing signature file is an error wrapping [ErrNoSignature].
func LoadSigned(path string, pub ed25519.PublicKey) (*Manifest, error) {
	data, err := readManifest(path)
	if err != nil {
		return nil, err
	}
	sigPath := path + SignatureSuffix
	sig, err := readFile(sigPath, maxKeyFile, nil)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w: no file %s", path, ErrNoSignature, sigPath)
	}
	if err != nil {
		return nil, err
	}
	if err := VerifySignature(pub, data, sig); err != nil {
		return nil, fmt.Errorf("%s: %w (%s)", path, err, sigPath)
	}
	return Parse(path, data)
}

// decodePEM returns the bytes of data, which must be exactly one PEM
// block of type typ, without headers, holding size bytes, with nothing
// but white space around it; or what is wrong with it.
func decodePEM(data []byte, typ string, size int) ([]byte, string) {
	data = bytes.TrimSpace(data)
	if len(data) == 0 {
		return nil, "the file is empty"
	}
	if !bytes.HasPrefix(data, []byte("-----BEGIN ")) {
		return nil, "not a PEM block (no -----BEGIN line at the start)"
	}
	block, rest := pem.Decode(data)
	switch {
	case block == nil:
		return nil, "not a valid PEM block"
	case block.Type != typ:
		return nil, fmt.Sprintf("a PEM block of type %q; want %q", block.Type, typ)
	case len(block.Headers) > 0:
		return nil, "the PEM block has headers; it must have none"
	case len(bytes.TrimSpace(rest)) > 0:
		return nil, "more after the PEM block"
	case len(block.Bytes) != size:
		return nil, fmt.Sprintf("the PEM block holds %d bytes; want %d", len(block.Bytes), size)
	}
	return block.Bytes, ""
}
