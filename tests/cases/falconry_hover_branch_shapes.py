# case: kestrel hover detector returns the full wingbeat window when mean airspeed is low, otherwise only the first quarter -> if on tensor value with branches of different shapes, error/dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HoverWindow(nn.Cell):
    def __init__(self, hover_speed=3.0):
        super().__init__()
        self.hover_speed = hover_speed
        self.norm = nn.LayerNorm((4,))

    def construct(self, window):
        # window: (T, 4) airspeed, wingbeat_hz, pitch, roll
        feats = self.norm(window)
        if window[:, 0].mean() < self.hover_speed:
            out = feats
        else:
            out = feats[: window.shape[0] // 4]
        return out


def make():
    np.random.seed(3193)
    w = np.random.rand(32, 4).astype(np.float32) * np.array([6, 10, 1, 1], dtype=np.float32)
    return HoverWindow(), (Tensor(w),)
