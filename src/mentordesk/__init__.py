"""MentorDesk: an offline desktop application for mentoring program coordinators."""

__version__ = "0.1.0"
