"""A portfolio's policy: validated YAML data that every workflow decision follows."""

from frontdesk.policy.loader import (
    PolicyError,
    PolicyIssue,
    default_policy,
    load_policy,
    parse_policy,
)
from frontdesk.policy.schema import Policy
from frontdesk.policy.templates import TemplateError

__all__ = [
    "Policy",
    "PolicyError",
    "PolicyIssue",
    "TemplateError",
    "default_policy",
    "load_policy",
    "parse_policy",
]
