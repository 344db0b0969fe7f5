# case: print a formatted status line with the current altitude during construct using an f-string -> f-string over a tensor plus print in construct, outcome uncertain
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrackStatus(nn.Cell):
    def __init__(self, callsign="G-BALL"):
        super().__init__()
        self.callsign = callsign

    def construct(self, altitude, ground_speed):
        alt_now = altitude[-1]
        print(f"{self.callsign}: altitude {alt_now} m")
        return alt_now, ground_speed.mean()


def make():
    np.random.seed(151)
    alt = Tensor((500 + np.cumsum(np.random.randn(20))).astype(np.float32))
    gs = Tensor((np.random.rand(20) * 8).astype(np.float32))
    return TrackStatus(), (alt, gs)
