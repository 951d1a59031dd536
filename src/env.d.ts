declare namespace App {
  interface Locals {
    /** The slug of the review being rendered, so embedded KPI components show its period's numbers. */
    pacerReview?: string;
    /** Embedded charts rendered so far on this page, to give each figure its own id. */
    pacerCharts?: number;
  }
}
