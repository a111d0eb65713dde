CREATE TABLE `annotations` (
	`date` text NOT NULL,
	`label` text NOT NULL,
	`segment` text DEFAULT '' NOT NULL,
	`import_id` integer,
	PRIMARY KEY(`date`, `label`)
);
--> statement-breakpoint
CREATE INDEX `annotations_import_idx` ON `annotations` (`import_id`);--> statement-breakpoint
CREATE TABLE `targets` (
	`month` text NOT NULL,
	`metric` text NOT NULL,
	`segment` text DEFAULT '' NOT NULL,
	`value` real NOT NULL,
	`import_id` integer,
	PRIMARY KEY(`month`, `metric`, `segment`)
);
--> statement-breakpoint
CREATE INDEX `targets_import_idx` ON `targets` (`import_id`);