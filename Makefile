# thidua — the two commands of the README are `make run` and `make test`.

GO      ?= go
BIN     := bin/thidua
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X main.version=$(VERSION)
# The demo database opened by `make run`: in the user's data folder, made on
# first use and kept between runs (delete it to start over).
DEMO_DB ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)/thidua/demo.db
# The race detector needs cgo; without a C compiler the tests run without it.
RACE    := $(shell $(GO) env CC >/dev/null 2>&1 && command -v $$($(GO) env CC) >/dev/null 2>&1 && echo -race)

# Release targets: Windows first (most users), then Linux and macOS.
PLATFORMS := windows/amd64 windows/386 windows/arm64 linux/amd64 linux/arm64 darwin/arm64

.PHONY: run build test race lint sizes test-update guide fuzz bench soak vet dist windows-check clean

## run: build thidua and open it on the built-in demo bloc
run: build
	@test -f "$(DEMO_DB)" || ./$(BIN) demo --db "$(DEMO_DB)"
	./$(BIN) --db "$(DEMO_DB)"

## build: a static binary (no cgo) in bin/
build:
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/thidua

## test: formatting, no binary or large file tracked, the size limits,
## vet and errcheck, the Windows build type-checked, then every test (race
## detector where goroutines share memory, tmux end-to-end flows included)
## and the slowest of them. About 3 minutes on CI's 2 cores from a cold
## cache: .ci/test says how (what runs beside what), .ci/gotest which
## packages run under the race detector and why.
test:
	@GO=$(GO) RACE=$(RACE) .ci/test

## race: every package's tests under the race detector (make test runs
## under it the packages whose code shares memory between goroutines)
race:
	@GO=$(GO) RACE=$(or $(RACE),$(error race: the race detector needs a C compiler (apt-get install gcc))) .ci/gotest all

## lint: go vet and errcheck in one pass (.ci/vet, built into bin/tools when missing)
lint:
	@GO=$(GO) .ci/lint

## sizes: Go files over 400 lines and functions over 80 (see .ci/sizes)
sizes:
	@$(GO) run ./.ci/sizes

vet:
	$(GO) vet ./...

## test-update: rewrite the golden files of the interface's views
test-update:
	$(GO) test ./tui/... -update

## fuzz: a long run of the exchange file verifier's fuzz target
## (FUZZTIME=10m by default). make test runs its seed corpus, and
## TestMutatedFilesNeverCrash its seeded mutations, on every run.
FUZZTIME ?= 10m
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzVerify$$' -fuzztime $(FUZZTIME) ./storage/exchange

## guide: capture the user guide's screens from the real program (tmux)
## and put them into docs/huong-dan.md and docs/guide.md
guide:
	THIDUA_GUIDE=1 $(GO) test ./cmd/thidua -run '^TestGuideCaptures$$' -count=1 -v

## bench: the figures of DESIGN §7 in one table beside their targets
## (makes the national stress set once in .bench/national; see BENCHMARKS.md)
bench:
	.ci/bench

## soak: the fault tests at length: power cuts at random moments while
## typing, merging, backing up and exporting on the national stress set
soak:
	.ci/soak

## dist: static release builds for every platform, stamped with the
## version, with SHA256SUMS and their sizes
dist:
	rm -rf dist && mkdir -p dist
	@for p in $(PLATFORMS); do \
		os=$${p%/*}; arch=$${p#*/}; ext=; [ "$$os" = windows ] && ext=.exe; \
		out=dist/thidua-$(VERSION)-$$os-$$arch$$ext; \
		echo "build $$out"; \
		CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch $(GO) build -trimpath -ldflags "$(LDFLAGS)" -o $$out ./cmd/thidua || exit 1; \
	done
	@# Windows builds also as a zip holding thidua.exe: a third of the size,
	@# small enough for an e-mail attachment (needs zip).
	@if command -v zip >/dev/null; then for f in dist/thidua-*-windows-*.exe; do \
		d=$$(mktemp -d); cp $$f $$d/thidua.exe; (cd $$d && zip -q -9 thidua.zip thidua.exe); \
		mv $$d/thidua.zip $${f%.exe}.zip; rm -rf $$d; done; else echo "zip not found: no .zip of the Windows builds"; fi
	cd dist && sha256sum thidua-* > SHA256SUMS
	@echo; echo "sizes:"; cd dist && for f in thidua-*; do printf "  %-44s %6.1f MiB\n" $$f $$(echo "scale=1; $$(stat -c %s $$f) / 1048576" | bc); done

## windows-check: run the Windows build under Wine (installs it) and
## compare its ranking with Linux's
windows-check:
	.ci/windows-check

clean:
	rm -rf bin dist
