# case: count tickets per audience seating zone with one-hot and a sum over a fixed zone count -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_RINGS = 4
NUM_WEDGES = 3


class ZoneOccupancy(nn.Cell):
    def __init__(self, seats_per_row=24):
        super().__init__()
        self.seats_per_row = seats_per_row
        self.num_zones = NUM_RINGS * NUM_WEDGES

    def seat_to_zone(self, seat_ids):
        row = seat_ids // self.seats_per_row
        col = seat_ids % self.seats_per_row
        ring = ops.minimum(row // 3, NUM_RINGS - 1)
        wedge = col // 8
        return ring * NUM_WEDGES + wedge

    def construct(self, seat_ids):
        zones = self.seat_to_zone(seat_ids)
        onehot = ops.one_hot(zones, self.num_zones, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        per_zone = onehot.sum(axis=0)
        occupied = (per_zone > 0).astype(ms.int32).sum()
        return occupied, per_zone


def make():
    np.random.seed(330)
    seats = Tensor(np.random.choice(12 * 24, size=90, replace=False).astype(np.int32))
    return ZoneOccupancy(), (seats,)
