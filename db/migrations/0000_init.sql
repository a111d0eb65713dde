CREATE TABLE `costs` (
	`month` text NOT NULL,
	`category` text NOT NULL,
	`segment` text DEFAULT '' NOT NULL,
	`amount` real NOT NULL,
	`import_id` integer,
	PRIMARY KEY(`month`, `category`, `segment`)
);
--> statement-breakpoint
CREATE INDEX `costs_import_idx` ON `costs` (`import_id`);--> statement-breakpoint
CREATE TABLE `customers` (
	`customer_id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`segment` text DEFAULT '' NOT NULL,
	`plan` text,
	`csm` text,
	`acquisition_channel` text,
	`signup_date` text NOT NULL,
	`import_id` integer
);
--> statement-breakpoint
CREATE INDEX `customers_segment_idx` ON `customers` (`segment`);--> statement-breakpoint
CREATE INDEX `customers_csm_idx` ON `customers` (`csm`);--> statement-breakpoint
CREATE INDEX `customers_plan_idx` ON `customers` (`plan`);--> statement-breakpoint
CREATE TABLE `data_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `import_row_versions` (
	`import_id` integer NOT NULL,
	`row_key` text NOT NULL,
	`previous` text NOT NULL,
	PRIMARY KEY(`import_id`, `row_key`),
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`user_email` text,
	`created_at` integer NOT NULL,
	`rows_read` integer NOT NULL,
	`inserted` integer NOT NULL,
	`updated` integer NOT NULL,
	`unchanged` integer NOT NULL,
	`warnings` text DEFAULT '[]' NOT NULL,
	`undone_at` integer
);
--> statement-breakpoint
CREATE TABLE `lifecycle_events` (
	`customer_id` text NOT NULL,
	`stage` text NOT NULL,
	`entered_at` integer NOT NULL,
	`import_id` integer,
	PRIMARY KEY(`customer_id`, `stage`, `entered_at`),
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`customer_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `lifecycle_entered_idx` ON `lifecycle_events` (`entered_at`);--> statement-breakpoint
CREATE INDEX `lifecycle_import_idx` ON `lifecycle_events` (`import_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `subscriptions` (
	`subscription_id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`plan` text,
	`amount` real NOT NULL,
	`billing_period` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`import_id` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`customer_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `subscriptions_customer_idx` ON `subscriptions` (`customer_id`);--> statement-breakpoint
CREATE INDEX `subscriptions_import_idx` ON `subscriptions` (`import_id`);--> statement-breakpoint
CREATE TABLE `survey_responses` (
	`response_id` text PRIMARY KEY NOT NULL,
	`customer_id` text,
	`survey` text NOT NULL,
	`score` integer NOT NULL,
	`responded_at` integer NOT NULL,
	`comment` text,
	`import_id` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`customer_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `surveys_customer_idx` ON `survey_responses` (`customer_id`,`responded_at`);--> statement-breakpoint
CREATE INDEX `surveys_responded_idx` ON `survey_responses` (`responded_at`);--> statement-breakpoint
CREATE INDEX `surveys_import_idx` ON `survey_responses` (`import_id`);--> statement-breakpoint
CREATE TABLE `tickets` (
	`ticket_id` text PRIMARY KEY NOT NULL,
	`customer_id` text,
	`created_at` integer NOT NULL,
	`first_response_at` integer,
	`resolved_at` integer,
	`resolved_on_first_contact` integer,
	`priority` text,
	`channel` text,
	`import_id` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`customer_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tickets_customer_idx` ON `tickets` (`customer_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `tickets_created_idx` ON `tickets` (`created_at`);--> statement-breakpoint
CREATE INDEX `tickets_import_idx` ON `tickets` (`import_id`);--> statement-breakpoint
CREATE TABLE `usage` (
	`customer_id` text NOT NULL,
	`month` text NOT NULL,
	`active_users` integer NOT NULL,
	`licensed_seats` integer,
	`sessions` integer,
	`avg_session_minutes` real,
	`features_used` integer,
	`import_id` integer,
	PRIMARY KEY(`customer_id`, `month`),
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`customer_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `usage_month_idx` ON `usage` (`month`);--> statement-breakpoint
CREATE INDEX `usage_import_idx` ON `usage` (`import_id`);