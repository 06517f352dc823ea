-- Operator keys: a node's operator is proven, not declared. An operator is an Ed25519 key pair, its id is derived from
-- the public key (op- and 128 bits of SHA-256, OperatorIds), and every registration carries the operator's signature
-- over the challenge, node id, node key, role and operator id (OperatorEndorsement). The registry keeps the key that
-- endorsed each node. Nodes registered before this migration have none: their operator id was only declared, and
-- they are linked to a proven operator when they register again after exiting.
ALTER TABLE nodes ADD COLUMN operator_public_key TEXT;
