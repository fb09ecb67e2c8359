package desk // want package:"analyzed" package:`src\(Contact.Email:pii\)->emb.Provider.Embed\(arg1\)`

// Package desk is a helpdesk service: its handler reads a contact and
// passes the e-mail to the embeddings index, whose provider it never
// sees. The handler is registered, not called, so no caller resolves the
// interface call: the package leaves it pending for the wiring site.

import (
	"net/http"

	"interfaces/structural/emb"
)

type Contact struct {
	Name  string
	Email string `privet:"pii"`
}

type Service struct {
	Index *emb.Index
	load  func(id string) Contact
}

func (s *Service) Handle(w http.ResponseWriter, r *http.Request) { // want Handle:`src\(Contact.Email:pii\)->emb.Provider.Embed\(arg1\)`
	c := s.load(r.FormValue("id"))
	s.Index.Add(c.Email)
	s.Index.Add(c.Name)
}

// Count passes nothing sensitive on.
func (s *Service) Count(r *http.Request) int { return s.Index.Count(r.FormValue("q")) }
