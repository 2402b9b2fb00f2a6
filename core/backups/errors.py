class BackupError(Exception):
    """Why a backup or a restore could not be made, in plain words."""
