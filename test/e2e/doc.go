//go:build e2e

// Package e2e holds the end-to-end tests: they build and run the real skiff
// binary (SKIFF_BIN, set by make e2e) as root, with servers, agents and nodes in
// network namespaces that the tests create and remove.
package e2e
