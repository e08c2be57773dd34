"""The one error the recovery modules raise; the commands turn it into a CommandError."""


class RecoveryError(Exception):
    """A backup or restore step refused or failed; the message is for the operator."""
