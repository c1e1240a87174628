from enum import IntEnum


class UpdateTrackingRequestStatus(IntEnum):
    MARK_DELIVERED = 4
    MARK_EXCEPTION = 7
    RESTORE_STATUS = 8

    def __str__(self) -> str:
        return str(self.value)
