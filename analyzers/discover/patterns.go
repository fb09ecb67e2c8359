package discover

import "github.com/privetlint/privet/internal/category"

// The pattern table. Each entry says which names (and, through Kinds,
// which field types) suggest a category, how sure that is, and which
// qualifiers and owners change it. Flag and Skip are checked by the
// tests, one test per pattern; the regression list of real field names is
// in discover_test.go.
//
// Tuning notes (from runs over gitea, kratos, hydra and stripe-go):
// bare words that are also infrastructure (Address, Location, Token, IP,
// Name, Card) are only reported with a qualifier or on a struct named for
// a person; a configuration struct demotes everything except credentials
// one step.
var Patterns = []Pattern{
	// ---- pii ----
	{
		Category:   category.PII,
		Spellings:  []string{"email", "emails", "e_mail", "email_address", "email_addresses", "email_addr", "mail_address", "mail_addr", "pochta", "el_pochta", "elektronnaya_pochta", "e_pochta", "emeil"},
		Kinds:      Text,
		Confidence: High,
		Not:        []string{"support", "noreply", "donotreply", "smtp", "system", "default", "sample", "example", "test", "admin", "sender", "from", "reply", "replyto", "bounce", "service", "team", "notification", "notify", "alert", "mailer", "sales", "abuse", "postmaster", "webmaster", "security", "helpdesk", "feedback", "organization", "org", "company", "business", "domain", "template", "subject", "body", "header"},
		NotContext: orgOwners,
		Flag:       []string{"Customer.Email", "User.EmailAddress", "Order.CustomerEmail", "Lead.Emails", "Klient.Pochta", "Klient.ЭлПочта", "Account.PrimaryEmail", "Invite.InviteeEmail", "User.E_Mail"},
		Skip:       []string{"User.EmailVerified:bool", "User.EmailNotifications:bool", "Mailer.SupportEmail", "Settings.NoReplyEmail", "Config.FromEmail", "Repo.EmailTemplate", "User.EmailHash", "User.IsEmail:bool"},
	},
	{
		Category:   category.PII,
		Spellings:  []string{"mail"},
		Kinds:      Text,
		Confidence: Low,
		InContext:  Medium,
		Not:        []string{"support", "noreply", "smtp", "system", "default", "from", "sender", "admin"},
		Flag:       []string{"User.Mail"},
		Skip:       []string{"Message.Mail", "Server.SMTPMail"},
	},
	{
		Category:   category.PII,
		Spellings:  []string{"phone", "phones", "phone_number", "phone_numbers", "telephone", "telephone_number", "msisdn", "telefon", "telefony", "nomer_telefona", "mob_telefon", "mobilnyi_telefon", "phone_no"},
		Kinds:      Text | Number,
		Confidence: High,
		Not:        []string{"support", "company", "business", "store", "shop", "hotline", "helpdesk", "service", "organization", "org", "office", "sales", "has", "is"},
		NotContext: orgOwners,
		Flag:       []string{"Customer.Phone", "User.PhoneNumber", "Order.ContactPhone", "Klient.Telefon", "Klient.NomerTelefona", "Клиент.Телефон", "Subscriber.MSISDN", "User.PhoneNo", "Lead.Phone:number", "User.MobilePhone"},
		Skip:       []string{"User.PhoneVerified:bool", "Config.SupportPhone", "Store.CompanyPhone", "User.PhoneCountryCode", "User.HasPhone:bool"},
	},
	{
		Category:   category.PII,
		Spellings:  []string{"mobile", "mobile_number", "cell_phone", "cellphone", "cell_number", "tel", "tel_number", "tel_no", "phone_num", "mob", "sotovyi"},
		Kinds:      Text | Number,
		Confidence: Medium,
		InContext:  High,
		Flag:       []string{"Customer.Mobile", "Contact.Tel", "Lead.CellPhone", "Order.TelNo"},
		Skip:       []string{"Device.IsMobile:bool", "Request.Mobile:bool"},
	},
	{
		Category:   category.PII,
		Spellings:  []string{"first_name", "firstname", "given_name", "forename", "fname", "f_name", "first_names", "imya", "imia", "imja", "middle_name", "middlename", "middle_names", "patronymic", "otchestvo", "last_name", "lastname", "surname", "sur_name", "family_name", "lname", "l_name", "familiya", "familia", "familija", "maiden_name"},
		Kinds:      Text,
		Confidence: High,
		Not:        []string{"display", "company", "business", "file", "host", "app", "product"},
		Flag:       []string{"Customer.FirstName", "User.LastName", "Person.Surname", "Patient.GivenName", "User.FamilyName", "Klient.Familiya", "Klient.Imya", "Klient.Otchestvo", "Клиент.Фамилия", "Клиент.Имя", "Клиент.Отчество", "User.Firstname", "Lead.FName", "Account.MiddleName"},
		Skip:       []string{"User.FirstNameVisible:bool", "Config.FirstName:number"},
	},
	{
		Category:   category.PII,
		Spellings:  []string{"full_name", "fullname", "fio", "legal_name", "real_name", "birth_name", "complete_name", "polnoe_imya"},
		Kinds:      Text,
		Confidence: Low,
		InContext:  High,
		Sure:       personQualifiers,
		Not:        []string{"company", "business", "repo", "repository", "package", "pkg", "file", "class", "table", "host", "domain", "app", "application", "project", "org", "organization", "team", "product", "module", "type", "func", "function", "method", "image", "branch", "tag", "ref", "metric", "field", "column", "service", "plugin"},
		NotContext: orgOwners,
		Flag:       []string{"User.FullName", "Klient.FIO", "Клиент.ФИО", "Order.CustomerFullName", "Employee.LegalName", "Signup.RealName"},
		Skip:       []string{"Repository.RepoFullName", "Config.AppFullName", "User.FullNameHidden:bool", "Org.FullName", "Repository.FullName"},
	},
	{
		Category:   category.PII,
		Spellings:  []string{"name", "names", "display_name", "displayname", "nickname", "nick_name", "nick", "screen_name", "naimenovanie_klienta", "imya_klienta"},
		Kinds:      Text,
		Confidence: None,
		InContext:  Medium,
		OnlySure:   true,
		Sure:       personQualifiers,
		Context:    append([]string{"shipping", "billing", "delivery"}, personWords...),
		NotContext: orgOwners,
		Flag:       []string{"User.Name", "Customer.Name", "Person.DisplayName", "Member.Nickname", "Order.CustomerName", "Shipment.RecipientName", "CreateUserRequest.Name", "Polzovatel.Name", "Invoice.BillingName", "Commit.AuthorName", "UserProfile.Name"},
		Skip:       []string{"Product.Name", "Repository.Name", "Team.DisplayName", "User.TeamName", "User.AvatarName", "UserSettings.Name", "Order.ProductName", "Config.Name", "User.Name:bool", "Customer.CompanyName", "User.LoginSourceName", "User.Names:number"},
	},
	{
		Category:   category.PII,
		Spellings:  []string{"username", "usernames", "user_login", "login_name", "screen_name_login", "login", "polzovatel_login"},
		Kinds:      Text,
		Confidence: Medium,
		InContext:  High,
		Login:      true,
		Not:        []string{"db", "database", "smtp", "proxy", "registry", "ldap", "bind", "service", "root", "default", "admin", "postgres", "mysql", "redis", "mongo", "amqp", "rabbitmq", "kafka", "ftp", "sftp", "ssh", "git", "docker", "basic", "auth", "http", "bot", "system", "api", "mail", "imap", "pop", "pop3", "oauth", "last", "first", "failed", "successful", "passkey", "webauthn", "totp", "lookup", "oidc", "saml", "sso", "code", "social", "external", "password", "magic", "link"},
		NotOwner:   infraOwners,
		NotContext: orgOwners,
		Flag:       []string{"User.Username", "Comment.UserName", "Audit.Login", "Session.Username", "Klient.Login"},
		Skip:       []string{"Config.SMTPUsername", "Settings.DBUserName", "Proxy.ProxyUsername", "User.LastLogin:time", "User.LoginCount:number", "Config.LDAPBindUsername", "Server.Username", "Gateway.Username"},
	},
	{
		Category:   category.PII,
		Spellings:  []string{"address", "addresses", "adres", "adresa"},
		Kinds:      Text | Composite,
		Confidence: Low,
		InContext:  Medium,
		OnlySure:   true,
		Sure:       []string{"work", "primary", "secondary", "main", "alternate", "default", "home", "street", "billing", "shipping", "postal", "mailing", "delivery", "residential", "residence", "physical", "legal", "registration", "registered", "customer", "user", "contact", "personal", "permanent", "current", "previous", "dostavki", "prozhivaniya", "registratsii"},
		Not:        []string{"ip", "ipv", "mac", "server", "listen", "bind", "remote", "local", "host", "proxy", "smtp", "http", "https", "grpc", "rpc", "node", "peer", "wallet", "contract", "network", "net", "web", "url", "memory", "mem", "base", "return", "reply", "from", "to", "sender", "recipient", "email", "mail", "dns", "gateway", "broadcast", "multicast", "advertise", "advertised", "external", "internal", "public", "private", "pod", "service", "cluster", "tcp", "udp", "socket", "sock", "bitcoin", "btc", "eth", "token", "hex", "redirect", "callback", "api", "endpoint", "target", "source", "dest", "destination", "origin", "forward", "forwarded", "load", "cache", "redis", "db", "database", "metrics", "admin", "debug", "pprof", "bootstrap", "seed", "relay", "router", "upstream", "downstream", "backend", "frontend", "nat", "vpn", "virtual", "ldap", "mx", "cc", "bcc", "noreply", "support", "notification", "system", "instance", "vm", "container", "storage", "bucket", "queue", "broker", "ssh", "tls", "dial", "connect", "link", "listener", "client", "consumer", "producer", "agent", "collector", "exporter", "registry", "oidc", "issuer", "federation", "webhook", "hook", "site", "domain", "canonical", "pool", "lb", "loadbalancer", "ingress", "egress"},
		NotContext: orgOwners,
		Flag:       []string{"Customer.Address", "Order.ShippingAddress", "Invoice.BillingAddress", "Order.DeliveryAddress:composite", "User.HomeAddress", "Klient.Adres", "Клиент.Адрес", "Profile.Addresses:composite"},
		Skip:       []string{"Config.ListenAddress", "Server.Address", "Node.Address", "Wallet.Address", "User.IPAddress", "Peer.RemoteAddress", "Client.Address", "Order.AddressID:number", "User.AddressVerified:bool", "User.EmailAddress"},
	},
	{
		Category:   category.PII,
		Spellings:  []string{"adres_dostavki", "adres_registratsii", "adres_prozhivaniya", "street", "street_address", "street_name", "address_line", "addressline", "address_lines", "house_number", "apartment", "apartment_number", "ulitsa", "ulica", "kvartira", "nomer_doma"},
		Kinds:      Text,
		Confidence: Medium,
		InContext:  High,
		Context:    append([]string{"address", "addr", "adres", "shipping", "billing", "delivery", "location", "residence", "place"}, personWords...),
		Not:        []string{"company", "business", "store", "office", "warehouse", "bank", "branch", "merchant"},
		Flag:       []string{"Address.Street", "Address.AddressLine1", "Customer.StreetAddress", "ShippingAddress.Street2", "Address.HouseNumber", "Adres.Ulitsa", "Zakaz.AdresDostavki", "Address.Apartment"},
		Skip:       []string{"Store.CompanyStreet", "Address.StreetVerified:bool", "Details.BankAddressLine1"},
	},
	{
		Category:   category.PII,
		Spellings:  []string{"line"},
		Kinds:      Text,
		Confidence: None,
		InContext:  High,
		Context:    []string{"address", "addr", "adres", "shipping", "billing", "delivery"},
		OnlySure:   true,
		Sure:       []string{"address", "street", "shipping", "billing", "delivery", "home"},
		Flag:       []string{"Address.Line1", "ShippingAddress.Line2", "Address.StreetLine"},
		Skip:       []string{"Invoice.Line", "Address.LineCount:number", "Diff.Line:number", "Log.Line"},
	},
	{
		Category:   category.PII,
		Spellings:  []string{"zip", "zip_code", "zipcode", "postcode", "post_code", "postal_code", "postalcode", "pochtovyi_indeks", "pochtovy_indeks"},
		Kinds:      Text | Number,
		Confidence: Medium,
		InContext:  High,
		Context:    append([]string{"address", "addr", "adres", "shipping", "billing", "delivery", "location", "residence"}, personWords...),
		Not:        []string{"company", "business", "store", "office", "warehouse", "bank", "branch", "merchant"},
		Flag:       []string{"Address.Zip", "Customer.ZipCode", "Address.PostalCode", "User.Postcode", "Adres.PochtovyiIndeks"},
		Skip:       []string{"Archive.Zip:bool", "Store.CompanyZip", "Address.ZipValid:bool"},
	},
	{
		Category:   category.PII,
		Spellings:  []string{"city", "town", "gorod"},
		Kinds:      Text,
		Confidence: None,
		InContext:  Medium,
		Context:    append([]string{"address", "addr", "adres", "shipping", "billing", "delivery", "residence"}, personWords...),
		OnlySure:   true,
		Sure:       []string{"home", "birth", "billing", "shipping", "residence", "delivery"},
		Flag:       []string{"Address.City", "Customer.City", "Order.ShippingCity", "User.BirthCity"},
		Skip:       []string{"Store.City", "Weather.City", "Airport.City"},
	},
	{
		Category:   category.PII,
		Spellings:  []string{"dob", "date_of_birth", "birth_date", "birthdate", "birthday", "birth_day", "born_at", "born_on", "data_rozhdeniya", "data_rojdeniya", "den_rozhdeniya", "birth_year", "year_of_birth"},
		Kinds:      Text | Time | Number | Composite,
		Confidence: High,
		Flag:       []string{"User.DOB", "Patient.DateOfBirth:time", "Customer.BirthDate:time", "Customer.Birthday", "Klient.DataRozhdeniya:time", "Клиент.ДатаРождения:time", "User.DoB", "Patient.BirthYear:number"},
		Skip:       []string{"User.BirthdayVisible:bool", "User.BirthdayReminder:bool"},
	},
	{
		Category:   category.PII,
		Spellings:  []string{"gender", "sex", "pol"},
		Kinds:      Text | Number,
		Confidence: None,
		InContext:  Medium,
		OnlySure:   true,
		Flag:       []string{"User.Gender", "Patient.Sex", "Klient.Pol"},
		Skip:       []string{"Product.Gender", "Config.Sex"},
	},
	{
		Category:   category.PII,
		Spellings:  []string{"passport", "passport_number", "passport_id", "passport_series", "passport_data", "pasport", "nomer_pasporta", "seriya_pasporta", "pasportnye_dannye", "national_id", "national_id_number", "national_identity_number", "national_insurance_number", "ssn", "social_security_number", "social_security", "snils", "inn", "pesel", "aadhaar", "aadhaar_number", "cpf", "nric", "identity_number", "identity_card", "identity_card_number", "id_card", "id_card_number", "id_number", "driver_license", "driver_licence", "drivers_license", "drivers_licence", "driving_license", "driving_licence", "driver_license_number", "drivers_license_number", "voditelskoe_udostoverenie", "tax_id", "tax_number", "tax_identification_number", "personal_code", "personal_id", "personal_number"},
		Kinds:      Text | Number,
		Confidence: High,
		Not:        []string{"company", "business", "organization", "org", "merchant", "vendor", "supplier", "seller", "store", "kpp", "masked", "has", "is"},
		NotContext: orgOwners,
		Flag:       []string{"Customer.SSN", "Traveler.PassportNumber", "Klient.INN", "Klient.SNILS", "Klient.Pasport", "Клиент.Паспорт", "Клиент.ИНН", "Клиент.СНИЛС", "Employee.NationalID", "Driver.DriverLicense", "Klient.SeriyaPasporta", "User.TaxID", "Applicant.IDNumber"},
		Skip:       []string{"Company.CompanyINN", "Merchant.MerchantTaxID", "User.HasPassport:bool", "User.SSNVerified:bool", "User.MaskedSSN"},
	},
	{
		Category:   category.PII,
		Spellings:  []string{"ip", "ips", "ipv", "ip_address", "ip_addresses", "ip_addr", "ipaddress", "ipaddr", "ip_adres"},
		Kinds:      Text | Composite,
		Confidence: Medium,
		Not:        []string{"bind", "listen", "server", "local", "host", "node", "pod", "cluster", "gateway", "dns", "vip", "internal", "service", "proxy", "router", "subnet", "nat", "allowed", "trusted", "blocked", "whitelist", "allowlist", "blocklist", "blacklist", "whitelisted", "advertise", "external", "public", "private", "peer", "bridge", "docker", "container", "vm", "instance", "metadata", "loopback", "default", "bootstrap", "static", "floating", "elastic", "master", "worker", "broker", "db", "redis", "smtp", "api", "endpoint", "target", "upstream", "backend", "frontend", "outbound", "inbound", "egress", "ingress", "lb", "tunnel", "vpn", "interface", "iface", "link", "range", "start", "end", "first", "last", "min", "max", "resolved", "dest", "destination", "ntp", "controller", "agent", "mgmt", "management", "ipmi", "bmc", "primary", "secondary", "reserved", "assigned", "network", "net", "dhcp", "relay", "geo"},
		Flag:       []string{"Session.IP", "Audit.IPAddress", "Login.ClientIP", "Event.RemoteIP", "Comment.PosterIP", "Visit.UserIPAddress"},
		Skip:       []string{"Config.BindIP", "Node.NodeIP", "Server.ListenIP", "Settings.TrustedIPs", "Pod.PodIP", "Service.ClusterIP", "Session.IPVerified:bool", "Network.Gateway"},
	},
	{
		Category:   category.PII,
		Spellings:  []string{"device_id", "deviceid", "device_identifier", "device_uuid", "device_token", "push_token", "idfa", "idfv", "gaid", "advertising_id", "advertiser_id", "android_id", "imei", "imsi", "udid", "mac_address_device", "fcm_token", "apns_token"},
		Kinds:      Text,
		Confidence: Medium,
		Not:        []string{"pos", "terminal", "reader", "printer", "kiosk", "server", "host"},
		Flag:       []string{"Session.DeviceID", "Event.IDFA", "Install.AndroidID", "Phone.IMEI", "User.PushToken", "Device.FCMToken"},
		Skip:       []string{"Session.DeviceIDHash", "Device.DeviceID:number", "Payment.POSDeviceID"},
	},

	// ---- payment ----
	{
		Category:   category.Payment,
		Spellings:  []string{"card_number", "cardnumber", "card_no", "card_num", "card_numbers", "credit_card_number", "creditcard_number", "debit_card_number", "cc_number", "ccnumber", "cc_num", "ccnum", "ccn", "primary_account_number", "nomer_karty", "karta_nomer", "bank_card_number"},
		Kinds:      Text | Number,
		Confidence: High,
		Not:        []string{"masked", "last", "first", "hashed", "encrypted", "tokenized", "truncated", "redacted", "obfuscated", "partial", "display"},
		Flag:       []string{"Payment.CardNumber", "Checkout.CreditCardNumber", "Order.CCNumber", "Oplata.NomerKarty", "Оплата.НомерКарты", "Card.CardNo"},
		Skip:       []string{"Payment.MaskedCardNumber", "Card.CardNumberLast4", "Payment.CardNumberLength:number"},
	},
	{
		Category:   category.Payment,
		Spellings:  []string{"number", "num", "nomer"},
		Kinds:      Text | Number,
		Confidence: None,
		InContext:  High,
		Context:    []string{"card", "creditcard", "debitcard", "bankcard", "paymentcard", "karta", "pan"},
		OnlySure:   true,
		Sure:       []string{"card", "credit", "debit", "karty"},
		Not:        []string{"masked", "last", "first", "hashed", "encrypted", "tokenized", "truncated", "redacted", "display", "version", "sequence", "seq", "serial", "order", "invoice", "issue", "build", "line", "page"},
		Flag:       []string{"Card.Number", "CreditCard.Number:number", "PaymentCard.Num", "Karta.Nomer"},
		Skip:       []string{"Card.Last4", "Order.Number", "Card.MaskedNumber", "Issue.Number:number", "Card.SerialNumber"},
	},
	{
		Category:   category.Payment,
		Spellings:  []string{"pan", "credit_card", "creditcard", "debit_card", "bank_card", "payment_card"},
		Kinds:      Text,
		Confidence: Medium,
		InContext:  High,
		Context:    paymentOwners,
		Not:        []string{"masked", "last", "first", "hashed", "encrypted", "tokenized", "truncated", "redacted", "display", "camera", "zoom", "tilt", "has", "is", "accepts", "supports"},
		Flag:       []string{"Payment.PAN", "Checkout.CreditCard", "Order.BankCard"},
		Skip:       []string{"Payment.MaskedPAN", "Camera.Pan:number", "Checkout.HasCreditCard:bool"},
	},
	{
		Category:   category.Payment,
		Spellings:  []string{"credit_card", "creditcard", "credit_cards", "debit_card", "bank_card", "payment_card", "payment_cards", "card", "cards", "karta", "karty"},
		Kinds:      Composite,
		Confidence: Low,
		InContext:  Medium,
		Context:    append(append([]string(nil), paymentOwners...), personWords...),
		OnlySure:   true,
		Sure:       []string{"credit", "debit", "bank", "payment", "saved", "stored", "default", "primary", "backup"},
		Not:        []string{"sd", "sim", "graphics", "video", "score", "report", "flash", "wild", "dashboard", "kanban", "board", "business", "id", "gift", "loyalty", "discount", "library", "access", "key", "smart", "memory", "network", "sound", "audio", "trello", "content", "info", "profile", "preview", "summary", "action", "hero", "adaptive"},
		Flag:       []string{"Customer.Card:composite", "Checkout.CreditCard:composite", "Wallet.SavedCards:composite", "Payment.Card:composite"},
		Skip:       []string{"Board.Cards:composite", "Phone.SimCard:composite", "Dashboard.Card:composite", "Member.Card:text", "PaymentMethod.KrCard:composite", "Card.ReplacementCard:composite"},
	},
	{
		Category:   category.Payment,
		Spellings:  []string{"cvv", "cvc", "cvv2", "cvc2", "cvn", "cid_code", "card_verification", "card_verification_value", "card_verification_code", "card_security_code", "card_code", "security_code", "csc"},
		Kinds:      Text | Number,
		Confidence: High,
		Flag:       []string{"Payment.CVV", "Card.CVC:number", "Checkout.CardCVV2", "Card.SecurityCode", "Card.CardVerificationValue"},
		Skip:       []string{"Card.CVVCheck:bool", "Card.CVCProvided:bool"},
	},
	{
		Category:   category.Payment,
		Spellings:  []string{"card_expiry", "card_expiration", "card_exp", "card_expiry_date", "card_expiration_date", "card_exp_month", "card_exp_year", "card_expiry_month", "card_expiry_year", "card_expiration_month", "card_expiration_year", "srok_deystviya_karty"},
		Kinds:      Text | Number | Time,
		Confidence: High,
		Flag:       []string{"Payment.CardExpiry", "Checkout.CardExpMonth:number", "Order.CardExpirationDate:time"},
		Skip:       []string{"Payment.CardExpiryNotified:bool"},
	},
	{
		Category:   category.Payment,
		Spellings:  []string{"exp_month", "exp_year", "expiry_month", "expiry_year", "expiration_month", "expiration_year", "expiry", "expiry_date", "expiration_date", "expiration", "exp"},
		Kinds:      Text | Number | Time,
		Confidence: None,
		InContext:  High,
		Context:    []string{"card", "creditcard", "debitcard", "bankcard", "paymentcard", "karta", "paymentmethod", "cardholder"},
		OnlySure:   true,
		Flag:       []string{"Card.ExpMonth:number", "CreditCard.ExpYear:number", "PaymentCard.Expiry", "Card.ExpirationDate:time"},
		Skip:       []string{"Token.Expiry:time", "Session.ExpirationDate:time", "Certificate.ExpiryMonth:number", "Card.Expired:bool"},
	},
	{
		Category:   category.Payment,
		Spellings:  []string{"iban", "ibans", "bank_account", "bank_account_number", "bank_account_no", "account_number", "account_no", "acct_number", "acct_no", "account_num", "routing_number", "routing_no", "routing_transit_number", "aba_routing_number", "sort_code", "bsb", "bsb_number", "transit_number", "nomer_scheta", "raschetnyi_schet", "raschetny_schet", "rasschetnyi_schet", "korr_schet", "korschet", "licevoi_schet", "litsevoi_schet"},
		Kinds:      Text | Number,
		Confidence: High,
		Not:        []string{"masked", "last", "hashed", "encrypted", "tokenized", "truncated", "redacted", "display", "company", "merchant", "platform"},
		Flag:       []string{"Payout.IBAN", "BankDetails.AccountNumber", "ACH.RoutingNumber", "Bank.SortCode", "Rekvizity.RaschetnyiSchet", "Klient.NomerScheta", "Customer.BankAccount"},
		Skip:       []string{"Payout.MaskedIBAN", "BankDetails.AccountNumberLast4", "Payout.IBANValid:bool", "Merchant.MerchantAccountNumber"},
	},
	{
		Category:   category.Payment,
		Spellings:  []string{"bic", "bic_code", "swift_code", "swift_bic", "bik", "aba"},
		Kinds:      Text,
		Confidence: Medium,
		InContext:  High,
		Context:    paymentOwners,
		Flag:       []string{"BankDetails.BIC", "Payout.SwiftCode", "Rekvizity.BIK"},
		Skip:       []string{"Bank.BICValid:bool"},
	},
	{
		Category:   category.Payment,
		Spellings:  []string{"cardholder", "card_holder", "cardholder_name", "card_holder_name", "name_on_card", "card_name", "card_owner", "vladelets_karty"},
		Kinds:      Text,
		Confidence: High,
		Flag:       []string{"Payment.CardholderName", "Card.NameOnCard", "Checkout.CardHolder"},
		Skip:       []string{"Payment.CardholderVerified:bool"},
	},

	// ---- purchase ----
	{
		Category:   category.Purchase,
		Spellings:  []string{"order_history", "orders_history", "purchase_history", "purchased_items", "purchased_products", "past_orders", "previous_orders", "recent_orders", "recent_purchases", "transaction_history", "buying_history", "istoriya_zakazov", "istoriya_pokupok"},
		Kinds:      Composite | Text,
		Confidence: High,
		Flag:       []string{"Customer.OrderHistory:composite", "User.PurchaseHistory:composite", "Profile.RecentOrders:composite", "Klient.IstoriyaZakazov:composite"},
		Skip:       []string{"Customer.OrderHistoryCount:number", "User.PurchaseHistoryEnabled:bool"},
	},
	{
		Category:   category.Purchase,
		Spellings:  []string{"orders", "purchases", "zakazy", "pokupki", "order_items", "line_items"},
		Kinds:      Composite,
		Confidence: Low,
		InContext:  Medium,
		Context:    append([]string{"session", "checkout", "history"}, personWords...),
		OnlySure:   true,
		Sure:       []string{"past", "recent", "previous", "completed", "customer", "user", "my", "all", "placed", "purchased"},
		Flag:       []string{"Customer.Orders:composite", "User.Purchases:composite", "Klient.Zakazy:composite", "Checkout.LineItems:composite"},
		Skip:       []string{"Customer.Orders:number", "Exchange.Orders:composite", "Market.OpenOrders:composite", "SearchUserOptions.SupportedSortOrders:composite"},
	},
	{
		Category:   category.Purchase,
		Spellings:  []string{"cart", "carts", "shopping_cart", "shopping_basket", "basket", "cart_items", "basket_items", "wishlist", "wish_list", "wishlists", "saved_items", "favourite_products", "favorite_products", "korzina", "izbrannoe"},
		Kinds:      Composite,
		Confidence: Medium,
		InContext:  High,
		Context:    append([]string{"session", "checkout"}, personWords...),
		Not:        []string{"abandoned", "max", "empty"},
		Flag:       []string{"Session.Cart:composite", "Customer.Wishlist:composite", "User.ShoppingCart:composite", "Klient.Korzina:composite", "Checkout.CartItems:composite"},
		Skip:       []string{"Session.Cart:bool", "Config.MaxCart:number", "Stats.Carts:number"},
	},
	{
		Category:   category.Purchase,
		Spellings:  []string{"shopping_preferences", "purchase_preferences", "product_preferences", "buying_preferences", "brand_preferences"},
		Kinds:      Composite | Text,
		Confidence: Medium,
		Flag:       []string{"Customer.ShoppingPreferences:composite", "Profile.ProductPreferences"},
		Skip:       []string{"Editor.Preferences:composite", "User.NotificationPreferences:composite"},
	},

	// ---- location ----
	{
		Category:   category.Location,
		Spellings:  []string{"latitude", "longitude", "lat", "lng", "lon", "shirota", "dolgota", "latitude_e7", "longitude_e7", "lat_e6", "lng_e6"},
		Kinds:      Number | Text,
		Confidence: High,
		Not:        []string{"min", "max", "delta", "span", "offset", "default", "center", "centre", "map", "viewport", "bounds", "bound", "ne", "sw", "nw", "se", "north", "south", "east", "west", "tile", "grid", "zoom", "origin"},
		Flag:       []string{"Location.Latitude:number", "Checkin.Lat:number", "Device.Lng:number", "Point.Lon:number", "Tochka.Shirota:number", "Точка.Долгота:number", "User.HomeLatitude:number", "Event.Longitude"},
		Skip:       []string{"Map.CenterLat:number", "Bounds.MinLat:number", "Viewport.NELat:number", "Request.Lat:bool", "Metrics.Latency:number"},
	},
	{
		Category:   category.Location,
		Spellings:  []string{"long"},
		Kinds:      Number,
		Confidence: None,
		InContext:  Medium,
		Context:    geoOwners,
		OnlySure:   true,
		Flag:       []string{"Coordinates.Long:number", "GeoPoint.Long:number"},
		Skip:       []string{"Option.Long:number", "Flag.Long:text"},
	},
	{
		Category:   category.Location,
		Spellings:  []string{"geo", "geo_location", "geolocation", "geo_point", "geopoint", "geo_position", "geo_coordinates", "geo_coords", "gps", "gps_location", "gps_coordinates", "gps_coords", "gps_position", "lat_lng", "latlng", "lat_lon", "latlon", "lat_long", "latlong", "geohash", "geo_hash", "koordinaty", "geopozitsiya", "mestopolozhenie", "position_gps"},
		Kinds:      Composite | Text,
		Confidence: Medium,
		InContext:  High,
		Sure:       []string{"home", "work", "current", "last", "user", "device", "precise", "exact", "live", "realtime"},
		Not:        []string{"map", "center", "centre", "tile", "grid", "screen", "pixel", "cursor", "mouse", "window", "image", "texture", "default", "bounds", "viewport", "text", "source", "cell", "node", "vertex", "canvas", "block", "chunk", "ip", "server", "cdn"},
		Flag:       []string{"Checkin.Geo:composite", "Ride.GPS:composite", "User.LastKnownLatLng:composite", "Event.Geohash", "Tochka.Koordinaty", "Store.GeoLocation:composite"},
		Skip:       []string{"Map.CenterLatLng:composite", "Config.GeoIP", "Tile.GridGeohash"},
	},
	{
		Category:   category.Location,
		Spellings:  []string{"coordinates", "coords", "coordinate", "point"},
		Kinds:      Composite | Text,
		Confidence: None,
		InContext:  Medium,
		Context:    append([]string{"checkin", "ride", "trip", "visit", "device", "session", "delivery", "courier", "track", "tracking", "ping", "telemetry", "address", "location", "place", "geo"}, personWords...),
		OnlySure:   true,
		Sure:       []string{"home", "work", "current", "last", "user", "device", "precise", "exact", "live", "realtime", "gps", "geo", "known", "pickup", "dropoff", "delivery", "customer"},
		Flag:       []string{"Device.Coordinates:composite", "Address.Coords:composite", "Order.DeliveryPoint:composite", "User.HomeCoordinates"},
		Skip:       []string{"Window.Coordinates:composite", "Map.CenterCoords:composite", "Glyph.TextureCoords:composite", "Tile.GridCoords:composite", "Device.Point:number", "Order.Point"},
	},
	{
		Category:   category.Location,
		Spellings:  []string{"location", "locations", "home_location", "work_location", "current_location", "last_location", "last_known_location", "user_location", "precise_location", "whereabouts", "lokatsiya", "position"},
		Kinds:      Composite | Text,
		Confidence: None,
		InContext:  Medium,
		Context:    append([]string{"checkin", "ride", "trip", "visit", "device", "session", "delivery", "courier", "track", "tracking", "ping", "telemetry"}, personWords...),
		OnlySure:   true,
		Sure:       []string{"home", "work", "current", "last", "user", "precise", "exact", "gps", "device", "live", "realtime", "geo", "customer", "pickup", "dropoff", "delivery", "known", "approximate", "approx"},
		Not:        []string{"storage", "file", "bucket", "s3", "image", "log", "header", "redirect", "url", "http", "server", "data", "backup", "cache", "install", "config", "repo", "source", "error", "code", "time", "tz", "region", "store", "warehouse", "office", "datacenter", "dc", "cloud", "zone", "byte", "bytes", "memory", "cursor", "scroll", "stack", "token", "line", "column", "char", "offset", "file", "path", "dir", "folder", "page", "element", "text", "word", "diff", "job", "secret", "key", "schema", "spec", "menu", "queue", "module", "plugin", "asset", "artifact", "package", "sitemap", "content", "media", "archive", "bin", "binary", "executable", "tmp", "temp", "output", "input", "policy", "resource", "object", "event", "document", "doc"},
		Flag:       []string{"User.Location", "Checkin.Location:composite", "Customer.HomeLocation", "Driver.CurrentLocation:composite", "Order.DeliveryLocation:composite", "Ride.Position:composite"},
		Skip:       []string{"Config.Location", "Bucket.Location", "Event.Location:other", "Response.Location", "Repo.StorageLocation", "Token.Position:number", "Cursor.Position:composite", "Error.Location:composite"},
	},

	// ---- health ----
	{
		Category:   category.Health,
		Spellings:  []string{"diagnosis", "diagnoses", "diagnosis_code", "diagnosis_codes", "icd", "icd_code", "icd_codes", "icd10_code", "icd10", "diagnoz", "diagnozy", "medical_history", "medical_record", "medical_records", "medical_condition", "medical_conditions", "medical_notes", "medical_info", "medical_data", "medical_card", "health_condition", "health_conditions", "health_record", "health_records", "health_history", "health_data", "health_info", "anamnez", "anamnesis", "medkarta", "meditsinskaya_karta", "blood_type", "blood_group", "hiv_status", "mental_health", "chronic_conditions", "pre_existing_conditions", "preexisting_conditions"},
		Kinds:      Text | Composite,
		Confidence: High,
		Flag:       []string{"Patient.Diagnosis", "Visit.DiagnosisCodes:composite", "Patient.MedicalHistory", "Pacient.Diagnoz", "Пациент.Диагноз", "Employee.BloodType", "Patient.ICD10", "Member.HealthConditions:composite"},
		Skip:       []string{"Patient.DiagnosisCount:number", "Patient.HasMedicalHistory:bool"},
	},
	{
		Category:   category.Health,
		Spellings:  []string{"allergies", "allergy", "medications", "medication", "prescriptions", "prescription", "symptoms", "symptom", "disabilities", "disability", "vaccinations", "vaccination_status", "vaccination", "pregnancy", "pregnancy_status", "lab_results", "treatment", "treatments", "therapy", "conditions", "retsept", "allergii", "simptomy", "lekarstva"},
		Kinds:      Text | Composite,
		Confidence: Low,
		InContext:  High,
		Context:    append(append([]string(nil), healthOwners...), personWords...),
		Not:        []string{"feature", "system", "service", "policy", "search", "filter", "query", "trigger", "alert", "race", "pre", "post", "error", "retry", "exit", "stop", "start", "match", "wait", "loop", "branch", "join", "where", "if", "sql"},
		Flag:       []string{"Patient.Allergies", "Patient.Medications:composite", "Visit.Symptoms", "Employee.Disability", "Patient.Prescriptions:composite", "Pacient.Allergii"},
		Skip:       []string{"Rule.Conditions:composite", "Query.Conditions:composite", "Trigger.Condition", "Policy.Treatment", "Patient.AllergiesCount:number"},
	},
	// A patient's notes: what a clinician writes on a patient, a visit
	// or a medical record (patient.MedicalRecord.Notes, Patient.Notes,
	// Appointment.DoctorNotes in real EHR services). The same words on a
	// ticket or a message are free text (the next pattern), elsewhere
	// nothing (ReleaseNotes).
	{
		Category:   category.Health,
		Spellings:  []string{"note", "notes"},
		Kinds:      Text,
		Confidence: Low,
		InContext:  Medium,
		Context:    healthOwners,
		Sure:       []string{"clinical", "doctor", "doctors", "physician", "nurse", "nursing", "progress", "consultation", "treatment", "therapy", "therapist", "intake", "triage", "discharge"},
		Not:        []string{"release", "changelog", "template", "default", "placeholder", "help", "internal", "admin", "system"},
		Flag:       []string{"Patient.Notes", "MedicalRecord.Notes", "Appointment.DoctorNotes", "Encounter.Note", "Order.ClinicalNotes"},
		Skip:       []string{"Product.Notes", "Release.Notes", "Patient.ReleaseNotes", "Version.ReleaseNotes"},
	},
	// Free text customers write or receive: what a helpdesk, a mail
	// client or a document store sends to a model. Only on structs named
	// for a conversation or a document (the words are everywhere else:
	// Comment.Content, Key.Content, User.Description and Product.Description
	// are not customer data on gitea or stripe-go).
	{
		Category:   category.PII,
		Spellings:  []string{"message", "messages", "content", "contents", "text", "text_content", "body", "html_body", "text_body", "transcript", "note", "notes", "subject", "snippet"},
		Kinds:      Text,
		Confidence: Low,
		InContext:  Medium,
		Context:    conversationOwners,
		Not:        []string{"error", "err", "status", "system", "default", "template", "tmpl", "placeholder", "help", "welcome", "commit", "log", "debug", "validation", "format", "type", "kind", "mime", "length", "len", "size", "hash", "id", "url", "path", "file", "encoding", "prompt"},
		Flag:       []string{"Message.Content", "Message.TextContent", "Conversation.Subject", "Document.Content", "Post.Message", "Email.Body", "Chat.Messages", "CallTranscript.Transcript", "Reply.Text"},
		Skip:       []string{"Comment.Content", "Key.Content", "User.Description", "Product.Description", "Message.ContentType", "Document.ContentLength:number", "Email.TemplateBody", "Message.ErrorMessage", "Ticket.Status", "Commit.Message", "Message.Content:number"},
	},
	{
		// What names a document or a ticket describes its content:
		// only there (AppUpdate.Messages.Title is the vendor's).
		Category:   category.PII,
		Spellings:  []string{"title", "description", "summary"},
		Kinds:      Text,
		Confidence: Low,
		InContext:  Medium,
		Context:    []string{"document", "documents", "ticket", "tickets", "conversation", "conversations", "case", "complaint", "inquiry"},
		Not:        []string{"template", "default", "placeholder", "type", "kind", "status"},
		Flag:       []string{"Document.Title", "Ticket.Description", "Conversation.Summary"},
		Skip:       []string{"Product.Description", "User.Description", "Messages.Title", "PreChatForm.Title", "Document.TitleTemplate"},
	},
	{
		// A message's correspondents: From, To, CC, BCC. InReplyTo and
		// the ids derived from a header are message ids.
		Category:   category.PII,
		Spellings:  []string{"from", "to", "cc", "bcc", "reply_to", "recipients", "correspondent", "correspondents", "sender_address"},
		Kinds:      Text,
		Confidence: Low,
		InContext:  Medium,
		Context:    []string{"message", "messages", "msg", "envelope", "letter", "sms", "draft", "document", "conversation"},
		Not:        []string{"in", "id", "uuid", "header", "default", "inbox"},
		Flag:       []string{"Message.From", "Message.To", "OutboundMessage.CC", "Message.BCC", "Envelope.ReplyTo", "Document.Correspondent"},
		Skip:       []string{"Mailer.From", "Range.From", "Range.To", "Transfer.To", "Edge.From", "Message.From:time", "Message.InReplyTo", "Message.ConversationUUIDFromReplyTo", "Email.From"},
	},

	// ---- credential ----
	{
		Category:   category.Credential,
		Spellings:  []string{"password", "passwords", "passwd", "pwd", "pass_word", "passphrase", "pass_phrase", "passcode", "parol", "password_confirmation", "password_confirm", "confirm_password", "password_repeat", "password_again", "repeat_password", "retype_password", "new_password", "old_password", "current_password", "pin_code", "pincode"},
		Kinds:      Text,
		Login:      true,
		Confidence: High,
		Not:        []string{"hashed", "encrypted", "hash", "masked", "min", "max", "salt", "bcrypt", "policy", "expired", "expires", "last", "has", "is", "require", "required", "must", "change", "changed", "reset", "forgot", "generate", "generated", "show", "hide", "field", "label", "placeholder", "prompt", "error", "message", "input", "dialog", "form", "template", "text", "strength", "length", "complexity", "rule", "rules", "regex", "pattern", "validator", "algo", "algorithm", "scheme", "type", "format", "mode", "disable", "disabled", "enable", "enabled", "allow", "history", "file", "path", "env", "var", "command", "cmd", "ref", "key", "vault", "manager", "flag"},
		Flag:       []string{"User.Password", "LoginRequest.Password", "Account.DBPassword", "Mailbox.SMTPPasswd", "Klient.Parol", "Клиент.Пароль", "ChangePassword.NewPassword", "Signup.PasswordConfirmation", "Wifi.Passphrase", "Card.PinCode", "User.PasswordStr"},
		Skip:       []string{"Config.DBPassword", "Settings.SMTPPasswd", "User.PasswordHash", "User.HashedPassword", "User.EncryptedPassword", "Policy.PasswordMinLength:number", "User.MustChangePassword:bool", "User.PasswordSet:bool", "Config.PasswordFile", "Config.PasswordEnv", "Form.PasswordLabel", "User.PasswordResetRequired:bool", "User.PasswordUpdatedAt:time", "MailClient.Password"},
	},
	{
		Category:   category.Credential,
		Spellings:  []string{"pass", "pin"},
		Kinds:      Text,
		Confidence: Low,
		InContext:  Medium,
		Context:    []string{"credentials", "credential", "creds", "login", "auth", "basicauth", "account", "user", "signin", "card"},
		Flag:       []string{"Credentials.Pass", "BasicAuth.Pass", "Card.Pin"},
		Skip:       []string{"Test.Pass:bool", "GPIO.Pin:number", "Message.Pin"},
	},
	{
		Category:   category.Credential,
		Spellings:  []string{"secret", "secrets", "client_secret", "app_secret", "api_secret", "shared_secret", "webhook_secret", "signing_secret", "jwt_secret", "secret_key", "secret_access_key", "aws_secret_access_key", "totp_secret", "otp_secret", "mfa_secret", "consumer_secret", "hmac_secret", "secret_token", "token_secret", "oauth_secret", "sekret", "session_secret", "cookie_secret", "encryption_secret", "master_secret"},
		Kinds:      Text,
		Confidence: High,
		Not:        []string{"hashed", "hash", "masked", "has", "is", "rotate", "rotated", "min", "max", "length", "file", "path", "env", "ref", "name", "id", "type", "kind", "store", "manager", "provider", "backend", "engine", "mount", "vault", "k8s", "kubernetes", "template", "default"},
		NotOwner:   []string{"lexer", "parser", "scanner", "tokenizer"},
		Flag:       []string{"OAuthClient.ClientSecret", "Tenant.JWTSecret", "Webhook.Secret", "Integration.SecretKey", "AWS.SecretAccessKey", "MFA.TOTPSecret", "Stripe.WebhookSecret", "User.OTPSecret"},
		Skip:       []string{"Config.JWTSecret", "Settings.SecretKey", "Client.ClientSecretHash", "Client.HashedSecret", "Config.SecretFile", "Secret.Secret:composite", "Pod.Secrets:composite", "Config.SecretName", "Client.ClientSecretExpiresAt:time", "Config.SecretEnv"},
	},
	{
		Category:   category.Credential,
		ServiceKey: true,
		Spellings:  []string{"api_key", "apikey", "api_keys", "access_key", "signing_key", "encryption_key", "master_key", "auth_key", "app_key", "subscription_key", "developer_key", "x_api_key", "key_secret", "license_key", "hmac_key", "secret_keys", "klyuch_api", "api_klyuch", "api_token", "bot_token", "auth_token"},
		Kinds:      Text,
		Confidence: High,
		Not:        []string{"public", "pub", "cache", "idempotency", "sort", "partition", "primary", "foreign", "routing", "object", "s3", "id", "hashed", "hash", "masked", "has", "is", "file", "path", "env", "ref", "name", "prefix", "suffix", "fingerprint", "type", "kind", "version", "header", "param", "query"},
		Flag:       []string{"Workspace.APIKey", "Integration.ApiKey", "Credentials.AccessKey", "UserSettings.OpenAIApiKey", "Tenant.EncryptionKey", "Issuer.SigningKey", "Workspace.BotToken", "User.APIToken"},
		Skip:       []string{"Config.APIKey", "Settings.OpenAIApiKey", "Config.EncryptionKey", "Client.APIKey", "LLMProvider.ApiKey", "PaperlessClient.APIToken", "Opts.EncryptionKey", "Config.APIKeyHeader", "APIKey.KeyPrefix", "Config.APIKeyEnv", "User.HasAPIKey:bool", "Cache.CacheKey", "Verification.SigningKey:composite"},
	},
	{
		Category:   category.Credential,
		Spellings:  []string{"private_key", "privkey", "priv_key", "private_keys", "signing_private_key"},
		Kinds:      Text | Composite | Interface,
		Confidence: High,
		Not:        []string{"hashed", "hash", "masked", "has", "is", "file", "path", "env", "ref", "name", "id", "type", "kind", "fingerprint"},
		Flag:       []string{"Signer.PrivateKey:composite", "Issuer.PrivateKey:interface", "Tenant.PrivateKey", "Apple.AppleSigningPrivateKey"},
		Skip:       []string{"Config.PrivateKey", "Key.PublicKey:composite", "Config.PrivateKeyPath", "Config.PrivateKeyFile", "Key.PrivateKeyID"},
	},
	{
		Category:   category.Credential,
		Spellings:  []string{"access_token", "refresh_token", "id_token", "bearer_token", "session_token", "oauth_token", "reset_token", "password_reset_token", "verification_token", "confirmation_token", "invite_token", "invitation_token", "jwt", "jwt_token", "personal_access_token", "github_token", "slack_token", "magic_link_token", "activation_token", "remember_token", "otp", "otp_code", "totp_code", "one_time_code", "one_time_password", "mfa_code", "recovery_code", "recovery_codes", "backup_codes", "access_tokens", "refresh_tokens"},
		Kinds:      Text,
		Confidence: High,
		Not:        tokenNot,
		NotOwner:   tokenOwners,
		NotPackage: tokenPackages,
		Flag:       []string{"OAuth.AccessToken", "Grant.RefreshToken", "Login.IDToken", "User.ResetToken", "Auth.JWT", "User.RecoveryCodes", "Login.OTP", "User.RememberToken", "Account.GithubToken", "Integration.OAuthToken"},
		Skip:       []string{"Config.BotToken", "Config.GithubToken", "Session.TokenExpiry:time", "OAuth.AccessTokenType", "Session.CSRFTokenHeader", "Grant.RefreshTokenHash", "Config.AccessTokenTTL:other", "OAuth.AccessTokenExpiresAt:time"},
	},
	{
		// A bare token on a client of an API is the one it was issued
		// (k8sgpt's AnthropicClient.token): ServiceKey.
		Category:   category.Credential,
		ServiceKey: true,
		Spellings:  []string{"token", "tokens", "token_value", "toekn"},
		Kinds:      Text,
		Confidence: Medium,
		Not:        tokenNot,
		NotOwner:   tokenOwners,
		NotPackage: tokenPackages,
		Flag:       []string{"Session.Token", "AccessToken.Token", "Account.DiscordToken", "Subscription.PushoverToken"},
		Skip:       []string{"Config.DiscordToken", "AnthropicClient.Token", "ListRequest.PageToken", "Response.NextPageToken", "Item.Token:number", "Usage.Tokens:number", "Stream.ContinuationToken", "OAuth.TokenType", "Config.TokenURL", "Config.TokenEndpoint", "Request.ClientToken", "Tokenizer.Token", "AST.Token"},
	},
	{
		Category:   category.Credential,
		Spellings:  []string{"session_key", "session_cookie", "cookie", "cookies", "credentials", "credential", "creds", "verification_code", "sms_code", "login_code", "confirmation_code", "kod_podtverzhdeniya"},
		Kinds:      Text,
		Confidence: Medium,
		Not:        append([]string{"available", "declassify", "include", "included", "supported", "allowed", "enabled", "required", "types"}, tokenNot...),
		NotOwner:   tokenOwners,
		NotPackage: tokenPackages,
		Flag:       []string{"Request.Cookie", "Integration.Credentials", "Signup.VerificationCode", "Login.SessionCookie"},
		Skip:       []string{"Config.Credentials", "Config.CookieSecure:bool", "Config.CookieDomain", "Cookie.Name", "Config.SessionCookie:composite", "Config.CredentialsFile", "Request.DeclassifyCredentials", "Schema.AvailableCredentials"},
	},
	{
		Category:   category.Credential,
		Spellings:  []string{"authorization", "authorization_header", "auth_header", "bearer", "basic_auth", "proxy_authorization"},
		Kinds:      Text,
		Confidence: Medium,
		OnlySure:   true,
		Flag:       []string{"Request.Authorization", "Hook.AuthorizationHeader", "Client.BasicAuth"},
		Skip:       []string{"Payment.RequestExtendedAuthorization", "Issuing.IssuingAuthorization", "Config.AuthHeaderName"},
	},
	{
		// Session identifiers are credentials where they are the cookie's
		// value, database keys elsewhere; auth codes are OAuth grants or a
		// card network's approval code; CSRF tokens are per-session
		// secrets worth little without the session (and fill every form).
		Category:   category.Credential,
		Spellings:  []string{"session_id", "sessionid", "sid", "auth_code", "authorization_code", "csrf_token", "xsrf_token", "csrf"},
		Kinds:      Text,
		Confidence: Low,
		Not:        tokenNot,
		Flag:       []string{"Session.SessionID", "Flow.LoginSessionID", "Charge.AuthorizationCode", "Login.SID", "Form.CSRFToken"},
		Skip:       []string{"Session.SessionIDHash", "Flow.SessionIDType"},
	},
}

// tokenNot are qualifiers of token-like names that are not credentials:
// pagination and stream cursors, lexer tokens, LLM token counts, and
// settings about tokens rather than tokens.
var tokenNot = []string{
	"page", "next", "nextpage", "prev", "previous", "continuation", "pagination", "cursor",
	"sync", "resume", "cancel", "cancellation", "idempotency", "client", "lexer", "input",
	"output", "start", "end", "delimiter", "separator", "max", "min", "num", "count",
	"prompt", "completion", "hashed", "hash", "masked", "has", "is", "expired", "type",
	"kind", "name", "file", "path", "env", "ref", "header", "param", "query", "prefix",
	"suffix", "fingerprint", "digest", "signature", "sig", "url", "uri", "endpoint",
	"source", "lookup", "format", "mode", "cache", "stop", "special", "bos", "eos", "pad",
	"unk", "mask", "sep", "cls", "eot", "reasoning", "cached", "audio", "text", "image",
	"total", "used", "remaining", "limit", "budget", "ttl", "lifetime", "lifespan",
	"expiry", "expiration", "scope", "scopes", "audience", "issuer", "subject", "claims",
	"kid", "alg", "version", "generator", "validator", "verifier", "parser", "store",
	"storage", "provider", "manager", "strategy", "handler", "service", "flow",
	"rotation", "template", "field", "policy", "same", "site", "domain", "jar", "secure",
	"http", "httponly", "persist", "persistent", "csv", "json", "xml", "sql", "eof",
}

// tokenOwners are struct name words under which a Token is syntax.
var tokenOwners = []string{
	"lexer", "lexeme", "parser", "scanner", "tokenizer", "ast", "syntax", "grammar",
	"expr", "expression", "node", "item", "lex", "encrypted", "hashed",
}

// orgOwners are words of struct names that describe an organization
// rather than a person: an organization's email or tax ID is not
// personal data.
var orgOwners = []string{
	"org", "orgs", "organization", "organisation", "company", "business", "merchant",
	"vendor", "supplier", "team", "tenant", "workspace", "store", "shop", "brand",
	"agency", "institution", "firm", "enterprise", "corporation", "corp", "platform",
	"integration", "app", "application", "bot", "service", "operator", "provider",
	"businessprofile", "companyprofile", "orgprofile", "legalentity",
}

// personQualifiers in front of Name or FullName say whose name it is:
// CustomerName, RecipientName, BillingName.
var personQualifiers = []string{
	"customer", "user", "person", "contact", "member", "employee", "patient", "buyer",
	"shopper", "subscriber", "recipient", "guest", "passenger", "student", "applicant",
	"candidate", "cardholder", "payer", "payee", "beneficiary", "consumer", "citizen",
	"klient", "polzovatel", "pokupatel", "sotrudnik", "pacient", "abonent", "author",
	"committer", "sender", "receiver", "assignee", "reviewer", "signer", "holder", "spouse",
	"parent", "guardian", "emergencycontact", "billing", "shipping", "delivery", "legal",
	"real", "maiden", "personal", "mother", "father", "kin", "next",
}

// tokenPackages are package words under which a Token is syntax, not a
// credential.
var tokenPackages = []string{
	"lexer", "lexers", "parser", "parsers", "scanner", "tokenizer", "ast", "syntax",
	"grammar", "token", "lex", "parse", "markdown", "tiktoken", "highlight", "chroma",
}

// infraOwners end the names of structs that configure a connection to
// another system; a Username there is an account of the service itself.
var infraOwners = []string{
	"server", "database", "db", "smtp", "ldap", "proxy", "registry", "mailer", "broker",
	"connection", "conn", "dsn", "datasource", "ftp", "sftp", "ssh", "remote", "upstream",
	"mongo", "redis", "postgres", "mysql", "amqp", "kafka", "imap", "git", "docker",
	"source", "auth", "client", "storage", "s3", "minio", "bucket", "cache", "queue",
}

// personWords end the names of structs that describe a person; they give
// context to bare words like Name and Location.
var personWords = []string{
	"user", "users", "customer", "customers", "person", "people", "persona", "contact", "contacts",
	"member", "members", "employee", "staff", "patient", "profile", "buyer", "shopper",
	"subscriber", "recipient", "guest", "passenger", "traveler", "traveller", "student",
	"applicant", "candidate", "cardholder", "payer", "payee", "beneficiary", "consumer",
	"visitor", "lead", "individual", "citizen", "resident", "identity", "signup",
	"registration", "kyc", "author", "owner", "holder", "accountholder",
	"signature", "committer", "signer", "sender", "assignee", "reviewer", "requester",
	"reporter", "invitee", "inviter", "poster", "human", "friend", "follower", "attendee",
	"participant", "respondent", "donor", "driver", "rider", "courier", "doctor",
	"physician", "teacher", "parent", "child", "spouse", "guardian", "emergencycontact",
	"me", "self", "polzovatel", "klient", "sotrudnik", "pacient", "patsient", "abonent",
	"pokupatel", "fizlitso", "chelovek", "lichnost", "anketa", "uchastnik",
}

// conversationOwners end the names of structs holding what customers
// write, say or are sent: messages, conversations, documents.
var conversationOwners = []string{
	"message", "messages", "msg", "conversation", "conversations", "chat", "chats",
	"ticket", "tickets", "email", "emails", "mail", "mails", "sms", "transcript",
	"calltranscript", "document", "documents", "letter", "inbox", "post", "posts",
	"reply", "replies", "inquiry", "thread", "dm", "voicemail", "note",
}

// paymentOwners end the names of structs holding payment data.
var paymentOwners = []string{
	"card", "cards", "creditcard", "debitcard", "bankcard", "paymentcard", "payment",
	"payments", "paymentmethod", "billing", "checkout", "bank", "bankaccount",
	"bankdetails", "payout", "payouts", "remittance", "transfer", "wire", "ach", "sepa",
	"iban", "wallet", "oplata", "platezh", "rekvizity", "karta", "schet",
}

// healthOwners end the names of structs holding health data.
var healthOwners = []string{
	"patient", "patients", "medical", "health", "clinical", "clinic", "encounter",
	"appointment", "ehr", "emr", "visit", "consultation", "diagnosis", "pacient",
	"patsient", "priem", "medkarta", "insurance", "claim",
}

// geoOwners end the names of structs that hold a position on Earth.
var geoOwners = []string{
	"coordinates", "coordinate", "coords", "geo", "geopoint", "latlng", "latlon",
	"latlong", "gps", "position", "location", "point", "place", "checkin", "waypoint",
}

// clientWords end the names of structs that call an API on the service's
// behalf and hold its key: openai.Client, LLMProvider, SlackNotifier.
var clientWords = []string{"client", "provider", "backend", "transport", "notifier", "connector", "gateway", "api", "sdk"}

// optionWords name a struct that is all options: what a package's
// constructor takes (webhook.Opts), configuration.
var optionWords = map[string]bool{"opts": true, "opt": true, "options": true, "option": true}

// urlWords end the name of a field holding where an API is (BaseURL,
// Endpoint; or APIBase); apiQualifiers may come before them.
var urlWords = map[string]bool{"url": true, "uri": true, "endpoint": true, "host": true}

var apiQualifiers = []string{"base", "api", "server", "service", "root", "http", "endpoint", "host"}

// configWords mark a struct as configuration of the service itself.
// Options is not one of them: CreateUserOption and SearchOptions carry
// users' data.
var configWords = map[string]bool{
	"config": true, "configuration": true, "conf": true, "cfg": true,
	"settings": true, "setting": true, "flags": true, "env": true,
	"environment": true, "setup": true,
}

// genericSuffixes are dropped from the end of a struct's name before its
// last word is compared with context words: CreateUserRequest is about a
// user, CardInfo about a card.
var genericSuffixes = map[string]bool{
	"request": true, "req": true, "response": true, "resp": true, "reply": true,
	"dto": true, "model": true, "entity": true, "input": true, "output": true,
	"payload": true, "form": true, "info": true, "data": true, "details": true,
	"detail": true, "params": true, "param": true, "body": true, "view": true,
	"vo": true, "obj": true, "object": true, "schema": true, "json": true,
	"db": true, "sql": true, "pb": true, "proto": true, "row": true, "record": true,
	"rec": true, "doc": true, "t": true, "update": true, "patch": true,
	"summary": true, "base": true, "api": true, "ext": true, "extended": true,
	"attributes": true, "attrs": true, "fields": true, "props": true, "properties": true,
	"args": true, "arguments": true, "spec": true, "option": true, "options": true,
	"opts": true,
}
