package interp

import "testing"

func TestTypingGolden(t *testing.T)      { runGolden(t, "typing") }
func TestDataclassesGolden(t *testing.T) { runGolden(t, "dataclasses") }

func TestPathlibGolden(t *testing.T) { runGolden(t, "pathlib") }

func TestEnumGolden(t *testing.T) { runGolden(t, "enum") }

func TestABCGolden(t *testing.T) { runGolden(t, "abc") }

func TestCollectionsABCGolden(t *testing.T) { runGolden(t, "collections_abc") }

// TestFutureGolden checks `from __future__ import annotations` and the
// __future__ module against CPython 3.13's output.
func TestFutureGolden(t *testing.T) { runGolden(t, "future") }
