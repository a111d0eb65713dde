CREATE TABLE `event_column_snapshots` (
	`kind` text PRIMARY KEY NOT NULL,
	`kind_version` integer NOT NULL,
	`row_count` integer NOT NULL,
	`customer_ids` text NOT NULL,
	`columns` blob NOT NULL
);
