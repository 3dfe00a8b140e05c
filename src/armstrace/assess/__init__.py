"""The assess stage."""
