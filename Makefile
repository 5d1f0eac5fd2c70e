# skiff's build. `make demo` and `make test` install what they need on a fresh
# Debian machine (Debian packages as root, Go modules), then run.

GO      ?= go
BIN     := bin/skiff
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X github.com/skiff-dev/skiff/internal/cli.version=$(VERSION)

# Debian packages the tests and the demo use.
DEBS := busybox-static iproute2

.PHONY: all build deps demo test unit e2e vet fmt clean

all: build

build:
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/skiff

# deps installs the Debian packages that are missing (as root) and the Go modules.
deps:
	@missing=""; for p in $(DEBS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "installing:$$missing"; \
			DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else \
			echo "not root: skipping Debian packages$$missing (tests that need them skip)"; \
		fi; \
	fi
	$(GO) mod download

demo: deps build
	./scripts/demo.sh $(BIN)

vet:
	$(GO) vet ./...
	$(GO) vet -tags e2e ./test/e2e/...

fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

unit:
	$(GO) test -timeout 15m ./...

e2e: build
	SKIFF_BIN=$(CURDIR)/$(BIN) $(GO) test -tags e2e -count=1 -timeout 30m ./test/e2e/...

test: deps vet fmt unit e2e

clean:
	rm -rf bin
