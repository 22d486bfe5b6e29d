"""Results of studies for people and leaderboards: reports, a run viewer, submission bundles and their check."""
