CREATE TABLE `column_mappings` (
	`kind` text NOT NULL,
	`signature` text NOT NULL,
	`header` text NOT NULL,
	`mapping` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`kind`, `signature`)
);
--> statement-breakpoint
CREATE INDEX `column_mappings_signature_idx` ON `column_mappings` (`signature`,`updated_at`);