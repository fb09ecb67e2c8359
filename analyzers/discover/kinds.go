package discover

import "go/types"

// kindOf classifies a field's type for matching.
func kindOf(t types.Type) Kind {
	for {
		p, ok := types.Unalias(t).(*types.Pointer)
		if !ok {
			break
		}
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		if k, ok := namedKind(n); ok {
			return k
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsString != 0:
			return Text
		case u.Info()&types.IsBoolean != 0:
			return Bool
		case u.Info()&(types.IsInteger|types.IsFloat) != 0:
			return Number
		}
		return Other
	case *types.Slice:
		return elemKind(u.Elem())
	case *types.Array:
		return elemKind(u.Elem())
	case *types.Map, *types.Struct:
		return Composite
	case *types.Interface:
		return Interface
	}
	return Other
}

// elemKind classifies a slice or array by its element: []byte and
// []string are text, []Order composite.
func elemKind(elem types.Type) Kind {
	if b, ok := elem.Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
		return Text
	}
	switch k := kindOf(elem); k {
	case Text, Number, Composite:
		return k
	case Time:
		return Time
	}
	return Other
}

// namedKind classifies named types whose kind is not their structure's:
// time.Time is a time (not a struct), sql.NullString text, time.Duration
// and *time.Location neither.
func namedKind(n *types.Named) (Kind, bool) {
	obj := n.Origin().Obj()
	path := ""
	if obj.Pkg() != nil {
		path = obj.Pkg().Path()
	}
	switch path + "." + obj.Name() {
	case "time.Duration", "time.Location", "time.Month", "time.Weekday", "net/url.URL",
		"reflect.Type", "reflect.Value", "regexp.Regexp", "os.File":
		return Other, true
	case "net.IP", "net/netip.Addr", "net/mail.Address", "encoding/json.RawMessage", "encoding/json.Number":
		return Text, true
	case "database/sql.Null":
		if args := n.TypeArgs(); args != nil && args.Len() == 1 {
			return kindOf(args.At(0)), true
		}
	}
	switch obj.Name() {
	case "UUID", "ObjectID", "ULID", "NullUUID":
		// Identifiers: a SessionID uuid.UUID is a database key.
		return Other, true
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return 0, false
	}
	// Wrappers of one value (sql.NullString, pgtype.Text, null.String,
	// wrapperspb.StringValue, timestamppb.Timestamp, civil.Date) are
	// classified by their name.
	switch obj.Name() {
	case "NullString", "String", "Text", "StringValue", "BytesValue", "Str":
		return Text, true
	case "Time", "NullTime", "Timestamp", "Timestamptz", "Date", "DateTime", "NullDate", "Datetime":
		return Time, true
	case "NullInt64", "NullInt32", "NullInt16", "NullByte", "NullFloat64", "Int64Value", "Int32Value",
		"UInt64Value", "UInt32Value", "DoubleValue", "FloatValue", "Decimal", "NullDecimal", "Int", "Float", "Numeric":
		return Number, true
	case "NullBool", "BoolValue", "Bool":
		return Bool, true
	}
	return 0, false
}
