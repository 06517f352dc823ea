-- The candidates a round was selected from (concord-protocol's RegistrySnapshot as JSON): active nodes with their
-- weights (stake x reputation) at the registry version the round saw. With it, anyone can recompute the round's
-- selection later, whatever the registry has become since. Null for rounds opened before it was recorded.
ALTER TABLE round ADD COLUMN registry_snapshot TEXT;
