from enum import StrEnum


class ListCarriersLang(StrEnum):
    CN = "cn"
    EN = "en"
    ES = "es"
    IT = "it"
    RU = "ru"
    TW = "tw"

    def __str__(self) -> str:
        return str(self.value)
