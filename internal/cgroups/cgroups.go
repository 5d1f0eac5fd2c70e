// Package cgroups places process trees in control groups and applies the
// limits of an OCI spec's linux.resources to them. It has a driver for cgroup
// v1 (one hierarchy per controller) and one for cgroup v2 (the unified
// hierarchy), chosen at run time from what the host mounts; callers see only
// Manager.
package cgroups

import (
	specs "github.com/opencontainers/runtime-spec/specs-go"
)

// Manager is one control group (in v1: the same relative path in every
// controller's hierarchy).
//
// The runtime creates it before the container's init runs, adds the init's
// pid, sets the limits, and destroys it after every process in it has exited.
type Manager interface {
	// Apply creates the group if it does not exist and moves pid into it.
	Apply(pid int) error
	// Set applies the resource limits. Fields left nil are left as they are.
	Set(r *specs.LinuxResources) error
	// Pids lists every process in the group and its descendants.
	Pids() ([]int, error)
	// Freeze stops every process in the group; Thaw resumes them.
	Freeze() error
	Thaw() error
	// Stats reads the current usage and counters.
	Stats() (*Stats, error)
	// Destroy removes the group. It fails if processes remain in it.
	Destroy() error
	// Path is the group's path relative to the root of the hierarchy.
	Path() string
}

// Stats is a snapshot of a group's usage, shaped after runc's `events --stats`.
type Stats struct {
	CPU    CPUStats    `json:"cpu"`
	Memory MemoryStats `json:"memory"`
	Pids   PidsStats   `json:"pids"`
	IO     IOStats     `json:"blkio"`
}

type CPUStats struct {
	UsageNanos      uint64 `json:"usage_total"`
	UserNanos       uint64 `json:"usage_user"`
	SystemNanos     uint64 `json:"usage_kernel"`
	ThrottledPeriod uint64 `json:"throttled_periods"`
	ThrottledNanos  uint64 `json:"throttled_time"`
}

type MemoryStats struct {
	Usage     uint64 `json:"usage"`
	MaxUsage  uint64 `json:"max_usage,omitempty"`
	Limit     uint64 `json:"limit"`
	SwapUsage uint64 `json:"swap_usage,omitempty"`
	Cache     uint64 `json:"cache"`
	// OOMKills counts the processes the kernel killed for this group's limit.
	OOMKills uint64 `json:"oom_kill"`
}

type PidsStats struct {
	Current uint64 `json:"current"`
	Limit   uint64 `json:"limit,omitempty"`
}

type IOStats struct {
	ReadBytes  uint64 `json:"read_bytes"`
	WriteBytes uint64 `json:"write_bytes"`
}
