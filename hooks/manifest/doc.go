// Package manifest reads, writes, builds and signs the manifests of the
// verified-open gate: the list of code files spython may compile, each
// with its SHA-256. A policy names one with verify.manifest, and may name
// an ed25519 public key with verify.key that must have signed it.
// docs/manifest.md is the reference for users; this comment is the map of
// the code.
//
// # The format
//
// A manifest is exactly what GNU sha256sum writes, so that
// `sha256sum -c MANIFEST` checks it: one line per file,
//
//	<64 lowercase hex digits><space><space><absolute path><LF>
//
// sorted by path, byte by byte, with no comments and no blank lines. A
// path holding a backslash, a newline or a carriage return is escaped as
// sha256sum escapes it: the line starts with a backslash, and the path's
// backslashes, newlines and carriage returns are written \\, \n and \r.
// [Manifest.WriteTo] and [Manifest.Bytes] write this form.
//
// [Parse] and [Load] read it strictly, and read every line they accept
// the way sha256sum -c reads it, so that both always mean the same file.
// They also accept sha256sum's binary marker (<hash> *<path>) and lines
// in any order. Every problem is reported, each as MANIFEST:LINE: MESSAGE
// ([Error]), all at once ([Errors]): a hash that is not 64 lowercase hex
// digits, one space instead of two, a relative or unclean path, a path
// listed twice, a bad escape, a carriage return, a blank line, a last
// line without its newline. [Manifest.Hash] looks a path up.
//
// # Building and verifying
//
// [Build] walks files and folders (it does not follow symbolic links to
// folders) and lists every regular file with one of the given extensions,
// by its absolute path with symbolic links resolved: the path the gate
// sees once it has opened the file. Each file is opened once and hashed
// from that descriptor. [Verify] hashes the listed files again and
// reports each as [OK], [Changed], [Missing] or [Unreadable], and, under
// the folders it is given, the code files the manifest does not list
// ([Unlisted]).
//
// # Signatures
//
// A signed manifest has a detached signature next to it, its path with
// [SignatureSuffix] added: an ed25519 signature over the exact bytes of
// the manifest. [GenerateKey] makes a key pair, [LoadPublicKey] and
// [LoadPrivateKey] read the key files (the latter refuses a file that
// group or others can access), [Sign] makes the signature file and
// [VerifySignature] checks it. [LoadSigned] reads a manifest and its
// signature, each once, and parses the manifest only after the signature
// over the bytes read has been checked.
//
// Keys and signatures are PEM blocks holding raw bytes, with no headers:
//
//	SPYTHON ED25519 PUBLIC KEY   the 32-byte public key
//	SPYTHON ED25519 PRIVATE KEY  the 32-byte seed (RFC 8032's private key)
//	SPYTHON ED25519 SIGNATURE    the 64-byte signature
package manifest
