-- The node (its scheduler's instance id in the cluster) that claimed a row: when the cluster declares
-- that node dead, the node taking over re-sends its rows at once. Null outside a cluster.
ALTER TABLE deliveries ADD COLUMN claimed_by VARCHAR(200);
