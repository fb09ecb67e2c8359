// Package basic shows what privetdiscover reports and the tags its fixes
// add.
package basic

import (
	"crypto/rsa"
	"time"
)

type Customer struct {
	ID                  string
	Name                string  // want `field Customer.Name looks like pii \(name "Name"\) but is not marked; add privet:"pii" or privet:"-"`
	Email               string  `json:"email"`                               // want `field Customer.Email looks like pii \(name "Email"\)`
	Mobile              string  "json:\"mobile\""                            // want `field Customer.Mobile looks like pii \(name "Mobile"\)`
	Contact             string  `json:"phone_number,omitempty" db:"contact"` // want `field Customer.Contact looks like pii \(json tag "phone_number"\)`
	Password            string  // want `field Customer.Password looks like credential \(name "Password"\)`
	Home                Address // want `field Customer.Home looks like pii \(type "Address"\)`
	Card                Card    // the type is annotated already
	Notes               string
	Verified            bool
	CreatedAt           time.Time
	Reviewed            string  `json:"phone_number" privet:"-"` // reviewed: not sensitive
	Marked              string  `privet:"pii"`
	BackupEmail         string  //privet:ignore shared support mailbox, reviewed by security
	FirstName, LastName string  // want `field Customer.FirstName looks like pii` `field Customer.LastName looks like pii`
	Orders              []Order // want `field Customer.Orders looks like purchase \(name "Orders"\)`
	Latitude            float64 // want `field Customer.Latitude looks like location`
	EmailVerified       bool
	PasswordHash        string `json:"password"`
}

type Address struct {
	Street  string // want `field Address.Street looks like pii`
	Zip     string // want `field Address.Zip looks like pii`
	Country string
}

type Card struct {
	Number string `privet:"payment"`
	Brand  string
}

type Order struct {
	ID       string
	Total    int64
	Shipping struct {
		Street string // want `field Order.Shipping.Street looks like pii`
		City   string // want `field Order.Shipping.City looks like pii`
	}
}

// Signer holds a key: its type says so.
type Signer struct {
	Key *rsa.PrivateKey // want `field Signer.Key looks like credential \(type "PrivateKey"\)`
}

// LoginForm: the tag of Login says it is a passkey assertion, not a user
// name.
type LoginForm struct {
	Login    string `json:"passkey_login"`
	Username string `json:"username"` // want `field LoginForm.Username looks like pii`
}

// Клиент is written in Russian.
type Клиент struct {
	ФИО      string // want `field Клиент.ФИО looks like pii \(name "ФИО"\)`
	Телефон  string // want `field Клиент.Телефон looks like pii`
	Familiya string // want `field Клиент.Familiya looks like pii`
	Parol    string // want `field Клиент.Parol looks like credential`
}

// Not customer data: a product's name, a lexer's token, a server's
// address, a pagination token.
type Product struct {
	Name  string
	Price int64
}

type Lexer struct {
	Token string
	Pos   int
}

type Config struct {
	ListenAddress string
	SupportEmail  string
	DBPassword    string // the service's own password: not suggested
}

type ListRequest struct {
	PageToken string
	PageSize  int
}

//privet:sensitive health
type Diagnosis struct {
	Code, Notes string
}

type Patient struct {
	Diagnosis Diagnosis // the type is sensitive already
}

// Wallet is held only by a tagged field: its fields are covered there
// and not suggested.
type Wallet struct {
	CardNumber string
}

type Checkout struct {
	Wallet Wallet `privet:"payment"`
}
