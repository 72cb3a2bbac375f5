"""What the agents do with a micro-batch, separated from Faust so it can be tested alone."""
