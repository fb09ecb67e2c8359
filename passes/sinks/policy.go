package sinks

import "github.com/privetlint/privet/passes/config"

// LoadPolicy is config's Settings.Load followed by CheckPolicy: the
// policy that applies to a directory, with the sink names it uses checked
// against the catalog (which the config package cannot see). Every host
// that loads a policy outside the analysis (go vet's tool identity, the
// standalone command, privet config, the golangci-lint plugin) calls it,
// so that they reject the same policies as the analysis does.
func LoadPolicy(s config.Settings, dir string) (*config.Config, error) {
	cfg, err := s.Load(dir)
	if err != nil {
		return nil, err
	}
	if err := CheckPolicy(cfg); err != nil {
		return nil, err
	}
	return cfg, nil
}

// ParsePolicy is config.Parse followed by CheckPolicy, for a policy
// given as text (an editor's buffer, golangci-lint's inline settings).
func ParsePolicy(name string, data []byte) (*config.Config, error) {
	cfg, err := config.Parse(name, data)
	if err != nil {
		return nil, err
	}
	if err := CheckPolicy(cfg); err != nil {
		return nil, err
	}
	return cfg, nil
}
