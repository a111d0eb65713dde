CREATE TABLE `event_snapshot_columns` (
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`data` blob NOT NULL,
	PRIMARY KEY(`kind`, `name`)
);
--> statement-breakpoint
ALTER TABLE `event_column_snapshots` DROP COLUMN `columns`;--> statement-breakpoint
DELETE FROM `event_column_snapshots`;
