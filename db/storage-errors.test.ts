import { describe, expect, it } from "vitest";
import { storageProblem } from "./storage-errors";

const withCode = (code: string) => Object.assign(new Error(code), { code });

describe("storageProblem", () => {
  it("names a full disk and a database that cannot be written, through cause chains", () => {
    for (const code of ["SQLITE_FULL", "SQLITE_IOERR_SHMSIZE", "ENOSPC"]) expect(storageProblem(withCode(code)), code).toBe("full");
    for (const code of [
      "SQLITE_READONLY",
      "SQLITE_READONLY_DBMOVED",
      "SQLITE_IOERR",
      "SQLITE_IOERR_WRITE",
      "SQLITE_CANTOPEN",
      "EACCES",
      "EROFS",
    ]) {
      expect(storageProblem(withCode(code)), code).toBe("read_only");
    }
    expect(storageProblem(new Error("Failed query", { cause: withCode("SQLITE_FULL") }))).toBe("full");
  });
  it("leaves other failures alone", () => {
    for (const error of [new TypeError("x"), withCode("SQLITE_CONSTRAINT"), withCode("SQLITE_BUSY"), null, "SQLITE_FULL"])
      expect(storageProblem(error)).toBeNull();
  });
});
