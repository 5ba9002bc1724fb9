"""Partner boards over the network: fetching their manifest and listings safely, keeping the last good copy."""
