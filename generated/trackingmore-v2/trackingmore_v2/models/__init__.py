"""Contains all the data models used in inputs/outputs"""

from .air_cargo_details import AirCargoDetails
from .air_cargo_details_flight_info import AirCargoDetailsFlightInfo
from .air_cargo_envelope import AirCargoEnvelope
from .air_cargo_event import AirCargoEvent
from .air_cargo_request import AirCargoRequest
from .air_cargo_result import AirCargoResult
from .air_cargo_results import AirCargoResults
from .airline_info import AirlineInfo
from .batch_create_envelope import BatchCreateEnvelope
from .batch_create_result import BatchCreateResult
from .batch_delete_envelope import BatchDeleteEnvelope
from .batch_delete_item import BatchDeleteItem
from .batch_delete_result import BatchDeleteResult
from .batch_item_error import BatchItemError
from .batch_item_meta import BatchItemMeta
from .batch_update_envelope import BatchUpdateEnvelope
from .batch_update_item import BatchUpdateItem
from .batch_update_result import BatchUpdateResult
from .carrier import Carrier
from .carrier_change_envelope import CarrierChangeEnvelope
from .carrier_change_result import CarrierChangeResult
from .carrier_info import CarrierInfo
from .carrier_list_envelope import CarrierListEnvelope
from .change_carrier_request import ChangeCarrierRequest
from .checkpoint import Checkpoint
from .create_tracking_request import CreateTrackingRequest
from .create_tracking_request_auto_correct import CreateTrackingRequestAutoCorrect
from .detect_carrier_request import DetectCarrierRequest
from .detected_carrier import DetectedCarrier
from .detected_carriers_envelope import DetectedCarriersEnvelope
from .empty_envelope import EmptyEnvelope
from .error_envelope import ErrorEnvelope
from .flight_info import FlightInfo
from .list_carriers_lang import ListCarriersLang
from .list_trackings_archived import ListTrackingsArchived
from .meta import Meta
from .not_update_envelope import NotUpdateEnvelope
from .not_update_result import NotUpdateResult
from .realtime_envelope import RealtimeEnvelope
from .realtime_result import RealtimeResult
from .realtime_tracking_request import RealtimeTrackingRequest
from .remote_area import RemoteArea
from .remote_area_envelope import RemoteAreaEnvelope
from .remote_area_query import RemoteAreaQuery
from .remote_area_result import RemoteAreaResult
from .status_counts import StatusCounts
from .status_counts_envelope import StatusCountsEnvelope
from .status_filter import StatusFilter
from .tracking import Tracking
from .tracking_envelope import TrackingEnvelope
from .tracking_key import TrackingKey
from .tracking_page import TrackingPage
from .tracking_page_envelope import TrackingPageEnvelope
from .transit_time import TransitTime
from .transit_time_query import TransitTimeQuery
from .transit_times_envelope import TransitTimesEnvelope
from .update_tracking_request import UpdateTrackingRequest
from .update_tracking_request_archived import UpdateTrackingRequestArchived
from .update_tracking_request_status import UpdateTrackingRequestStatus
from .user_info import UserInfo
from .user_info_envelope import UserInfoEnvelope

__all__ = (
    "AirCargoDetails",
    "AirCargoDetailsFlightInfo",
    "AirCargoEnvelope",
    "AirCargoEvent",
    "AirCargoRequest",
    "AirCargoResult",
    "AirCargoResults",
    "AirlineInfo",
    "BatchCreateEnvelope",
    "BatchCreateResult",
    "BatchDeleteEnvelope",
    "BatchDeleteItem",
    "BatchDeleteResult",
    "BatchItemError",
    "BatchItemMeta",
    "BatchUpdateEnvelope",
    "BatchUpdateItem",
    "BatchUpdateResult",
    "Carrier",
    "CarrierChangeEnvelope",
    "CarrierChangeResult",
    "CarrierInfo",
    "CarrierListEnvelope",
    "ChangeCarrierRequest",
    "Checkpoint",
    "CreateTrackingRequest",
    "CreateTrackingRequestAutoCorrect",
    "DetectCarrierRequest",
    "DetectedCarrier",
    "DetectedCarriersEnvelope",
    "EmptyEnvelope",
    "ErrorEnvelope",
    "FlightInfo",
    "ListCarriersLang",
    "ListTrackingsArchived",
    "Meta",
    "NotUpdateEnvelope",
    "NotUpdateResult",
    "RealtimeEnvelope",
    "RealtimeResult",
    "RealtimeTrackingRequest",
    "RemoteArea",
    "RemoteAreaEnvelope",
    "RemoteAreaQuery",
    "RemoteAreaResult",
    "StatusCounts",
    "StatusCountsEnvelope",
    "StatusFilter",
    "Tracking",
    "TrackingEnvelope",
    "TrackingKey",
    "TrackingPage",
    "TrackingPageEnvelope",
    "TransitTime",
    "TransitTimeQuery",
    "TransitTimesEnvelope",
    "UpdateTrackingRequest",
    "UpdateTrackingRequestArchived",
    "UpdateTrackingRequestStatus",
    "UserInfo",
    "UserInfoEnvelope",
)
