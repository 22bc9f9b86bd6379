# spython: build, test, benchmark, install.
PREFIX  ?= /usr/local
DESTDIR ?=
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo devel)
GO      ?= go
LDFLAGS := -s -w -X main.version=$(VERSION)

.PHONY: all build test vet bench docs man completions install clean

all: build man completions

build:
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o bin/spython ./cmd/spython

# The test command CI runs: vet, formatting, and every test under the race
# detector (about a minute and a half on 2 cores); quick: go test ./...
test: vet
	$(GO) test -race ./...

vet:
	$(GO) vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

# Benchmarks print numbers; they never pass or fail on them.
bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./hooks
	$(GO) test -run '^$$' -bench . -benchmem ./policy ./hooks/manifest
	bench/audit.sh
	bench/auditlog.sh
	bench/gate.sh
	$(GO) run ./bench/startup -spython ./bin/spython
	bench/lang.sh
	if command -v valgrind >/dev/null; then bench/instructions.sh; fi

# docs/events.md is generated from the event registry; a test fails when it is stale.
docs:
	$(GO) run ./cmd/spython events --format markdown > docs/events.md

man: build
	./bin/spython man man

completions: build
	mkdir -p completions
	./bin/spython completion bash > completions/spython.bash
	./bin/spython completion zsh > completions/_spython
	./bin/spython completion fish > completions/spython.fish

install: build man completions
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 0755 bin/spython $(DESTDIR)$(PREFIX)/bin/spython
	install -m 0644 man/*.1 $(DESTDIR)$(PREFIX)/share/man/man1/
	install -d $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 0644 completions/spython.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/spython
	install -m 0644 completions/_spython $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_spython
	install -m 0644 completions/spython.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/spython.fish

clean:
	rm -rf bin man completions
