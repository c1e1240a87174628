"""The store against a model: random sequences of creates, deletes, carrier changes, batch calls and
reads must agree with a plain dict at every step."""

from __future__ import annotations

from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from trackingmore_mock import ManualClock, create_app
from trackingmore_mock.testing import InProcessClient

NUMBERS = st.sampled_from(["TMDELIVERED1", "TMTRANSIT1", "RR123456789CN", "1Z9999W99999999999"])
CARRIERS = st.sampled_from(["ups", "dhl", "china-post"])
QUOTA = 12


class StoreMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        app = create_app(api_key="k", quota=QUOTA, clock=ManualClock())
        self.client = InProcessClient(app, headers={"Trackingmore-Api-Key": "k"})
        self.model: set[tuple[str, str]] = set()
        self.credits = QUOTA

    def teardown(self) -> None:
        self.client.close()

    def _code(self, method: str, url: str, **kwargs: Any) -> int:
        code: int = self.client.request(method, url, **kwargs).json()["meta"]["code"]
        return code

    @rule(number=NUMBERS, carrier=CARRIERS)
    def create(self, number: str, carrier: str) -> None:
        code = self._code("POST", "/trackings/post", json={"tracking_number": number, "carrier_code": carrier})
        if (carrier, number) in self.model:
            assert code == 4016
        elif self.credits == 0:
            assert code == 4021
        else:
            assert code == 200
            self.model.add((carrier, number))
            self.credits -= 1

    @rule(numbers=st.lists(NUMBERS, min_size=1, max_size=4), carrier=CARRIERS)
    def batch_create(self, numbers: list[str], carrier: str) -> None:
        body = [{"tracking_number": n, "carrier_code": carrier} for n in numbers]
        data = self.client.post("/trackings/batch", json=body).json()["data"]
        expected_added = 0
        for number in numbers:
            if (carrier, number) not in self.model and self.credits > 0:
                self.model.add((carrier, number))
                self.credits -= 1
                expected_added += 1
        assert data["added"] == expected_added and data["submitted"] == len(numbers)

    @rule(number=NUMBERS, carrier=CARRIERS)
    def delete(self, number: str, carrier: str) -> None:
        code = self._code("DELETE", f"/trackings/{carrier}/{number}")
        assert code == (200 if (carrier, number) in self.model else 4017)
        self.model.discard((carrier, number))

    @rule(number=NUMBERS, old=CARRIERS, new=CARRIERS)
    def change_carrier(self, number: str, old: str, new: str) -> None:
        body = {"tracking_number": number, "carrier_code": old, "update_carrier_code": new}
        code = self._code("POST", "/trackings/update", json=body)
        if (old, number) not in self.model:
            assert code == 4017
        elif old != new and (new, number) in self.model:
            assert code == 4016
        else:
            assert code == 200
            self.model.discard((old, number))
            self.model.add((new, number))

    @rule(number=NUMBERS, carrier=CARRIERS)
    def get(self, number: str, carrier: str) -> None:
        code = self._code("GET", f"/trackings/{carrier}/{number}")
        if self.credits == 0:
            assert code == 4021
        else:
            assert code == (200 if (carrier, number) in self.model else 4031)

    @invariant()
    def listing_and_quota_agree(self) -> None:
        info = self.client.get("/trackings/getuserinfo").json()["data"]
        assert info["track_number"] == self.credits
        counts = self.client.get("/trackings/getstatusnumber").json()["data"]
        assert counts["total"] == len(self.model)
        if self.credits:
            items = self.client.get("/trackings/get", params={"limit": 2000}).json()["data"]["items"]
            assert {(i["carrier_code"], i["tracking_number"]) for i in items} == self.model


StoreMachine.TestCase.settings = settings(max_examples=25, stateful_step_count=15, deadline=None, derandomize=True)
TestStore = StoreMachine.TestCase
