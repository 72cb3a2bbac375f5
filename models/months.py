"""Month names as regular-expression alternations, shared by the modules that date a finding ("fell last March", "in
Sept", "chest pains last January")."""

from __future__ import annotations

__all__ = ["MONTH_NAMES", "MONTH_WORDS"]

MONTH_NAMES = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# the names and their abbreviations ("in Sept", "last Feb")
MONTH_WORDS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun" \
              r"|jul|aug|sept?|oct|nov|dec)"
