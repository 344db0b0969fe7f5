# case: audience seat mapping scales the seat quality grid differently when the house is busy, decided by a tensor occupancy test, both branches keep the full grid -> compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeatViewMap(nn.Cell):
    def __init__(self, busy_fraction=0.5):
        super().__init__()
        self.busy_fraction = busy_fraction

    def view_quality(self, seat_alt, seat_az):
        return ops.cos((seat_alt - 35.0) * 0.03) * ops.cos(seat_az * 0.01)

    def construct(self, occupied, seat_alt, seat_az):
        quality = self.view_quality(seat_alt, seat_az) * occupied
        if occupied.mean() > self.busy_fraction:
            out = quality * 0.8
        else:
            out = quality / (ops.reduce_max(quality) + 1e-3)
        return out


def make():
    np.random.seed(360)
    rows, cols = 10, 20
    occ = Tensor((np.random.rand(rows, cols) < 0.3).astype(np.float32))
    alt = Tensor(np.tile(np.linspace(20, 50, rows)[:, None], (1, cols)).astype(np.float32))
    az = Tensor(np.tile(np.linspace(-60, 60, cols)[None, :], (rows, 1)).astype(np.float32))
    return SeatViewMap(), (occ, alt, az)
