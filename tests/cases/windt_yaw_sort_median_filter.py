# case: yaw vane median filter sorts each sliding window of readings built with a fixed window size from the constructor and takes the middle element -> sort over full static axis, static expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VaneMedianFilter(nn.Cell):
    def __init__(self, window=5):
        super().__init__()
        self.window = window

    def windows(self, x):
        n = x.shape[0] - self.window + 1
        return ops.stack([x[i:i + n] for i in range(self.window)], axis=-1)

    def construct(self, vane_deg):
        w = self.windows(vane_deg)
        sorted_w, _ = ops.sort(w, axis=-1)
        return sorted_w[:, self.window // 2]


def make():
    np.random.seed(38)
    vane = Tensor((np.random.randn(30) * 4 + 2).astype(np.float32))
    return VaneMedianFilter(), (vane,)
