# case: compare the afternoon half of each day's hourly occupancy against the morning half, split point taken from x.shape -> static shape arithmetic, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def half_split(x):
    mid = x.shape[1] // 2
    return x[:, :mid], x[:, mid:]


class AfternoonShift(nn.Cell):
    def __init__(self, n_rooms=3):
        super().__init__()
        self.room_bias = ms.Parameter(Tensor(np.zeros((n_rooms, 1), np.float32)), name="room_bias")

    def construct(self, hourly):
        # hourly: (n_rooms, hours)
        morning, afternoon = half_split(hourly + self.room_bias)
        shift = afternoon.mean(axis=1) - morning.mean(axis=1)
        peak_pm = afternoon.argmax(axis=1) + morning.shape[1]
        return shift, peak_pm


def make():
    np.random.seed(34)
    hourly = Tensor((np.random.rand(3, 14) * 60).astype(np.float32))
    return AfternoonShift(), (hourly,)
