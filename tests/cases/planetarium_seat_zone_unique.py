# case: count distinct audience seating zones present in a ticket batch with ops.unique -> unique output length depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneOccupancy(nn.Cell):
    def __init__(self, seats_per_row=24):
        super().__init__()
        self.seats_per_row = seats_per_row

    def seat_to_zone(self, seat_ids):
        row = seat_ids // self.seats_per_row
        col = seat_ids % self.seats_per_row
        # dome is split into 4 rings x 3 wedges
        ring = ops.minimum(row // 3, 3)
        wedge = col // 8
        return ring * 3 + wedge

    def construct(self, seat_ids):
        zones = self.seat_to_zone(seat_ids)
        present, inverse = ops.unique(zones)
        return present.shape[0], present


def make():
    np.random.seed(329)
    seats = Tensor(np.random.choice(12 * 24, size=90, replace=False).astype(np.int32))
    return ZoneOccupancy(), (seats,)
