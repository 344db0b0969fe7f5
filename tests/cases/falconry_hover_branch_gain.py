# case: kestrel hover detector scales the wingbeat window by a hover gain when mean airspeed is low, else a cruise gain -> if on tensor value with same-shape branches, compiles in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HoverWindow(nn.Cell):
    def __init__(self, hover_speed=3.0, hover_gain=1.5, cruise_gain=0.5):
        super().__init__()
        self.hover_speed = hover_speed
        self.hover_gain = hover_gain
        self.cruise_gain = cruise_gain
        self.norm = nn.LayerNorm((4,))

    def construct(self, window):
        feats = self.norm(window)
        if window[:, 0].mean() < self.hover_speed:
            out = feats * self.hover_gain
        else:
            out = feats * self.cruise_gain
        return out


def make():
    np.random.seed(3194)
    w = np.random.rand(32, 4).astype(np.float32) * np.array([6, 10, 1, 1], dtype=np.float32)
    return HoverWindow(), (Tensor(w),)
