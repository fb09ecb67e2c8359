// Package config finds, parses and validates the policy file .privet.yml.
//
// privetconfig: load the .privet.yml policy for the package
//
// The file is found by walking up from the package's directory to the
// module root (.privet.yml or .privet.yaml); -privet.config=PATH and the
// PRIVET_CONFIG environment variable override the search. It declares
// extra categories, sources, sinks and sanitizers for code that cannot be
// annotated, flows that are policy rather than leaks (allow), and code to
// leave out (exclude). The pass reports nothing: its Result is a *Config
// the other passes consult. An invalid file is an error of the pass.
package config
