"""Pure domain logic. No Kafka, Redis, model, clock or environment I/O here."""
