from enum import IntEnum


class CreateTrackingRequestAutoCorrect(IntEnum):
    CORRECT_CARRIER = 0
    KEEP_CARRIER = 1

    def __str__(self) -> str:
        return str(self.value)
