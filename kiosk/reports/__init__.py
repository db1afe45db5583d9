"""Reports for the human-resources bureau (动态监测) and station staff."""
