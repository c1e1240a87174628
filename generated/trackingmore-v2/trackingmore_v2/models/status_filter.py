from enum import StrEnum


class StatusFilter(StrEnum):
    DELIVERED = "delivered"
    EXCEPTION = "exception"
    EXPIRED = "expired"
    NOTFOUND = "notfound"
    PENDING = "pending"
    PICKUP = "pickup"
    TRANSIT = "transit"
    UNDELIVERED = "undelivered"

    def __str__(self) -> str:
        return str(self.value)
