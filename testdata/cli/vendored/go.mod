module example.com/vendored

go 1.26

require example.com/hashlib v1.0.0
