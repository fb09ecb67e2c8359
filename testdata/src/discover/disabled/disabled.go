// Package disabled has privetdiscover switched off in .privet.yml.
package disabled

type Customer struct {
	Email    string
	Password string
}
