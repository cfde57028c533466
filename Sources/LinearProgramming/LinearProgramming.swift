// Placeholder until the modelling layer lands.
