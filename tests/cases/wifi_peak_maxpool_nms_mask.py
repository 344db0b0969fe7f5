# case: 2-D non-maximum suppression on a range-Doppler map via max-pool equality and a threshold mask multiplied in -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakNMS(nn.Cell):
    def __init__(self, kernel=3, threshold=2.0):
        super().__init__()
        self.pool = nn.MaxPool2d(kernel_size=kernel, stride=1, pad_mode="same")
        self.threshold = threshold

    def construct(self, rd):
        x = rd.expand_dims(1)                         # (B, 1, R, D)
        local_max = self.pool(x).squeeze(1)
        is_peak = ops.logical_and(rd >= local_max, rd > self.threshold)
        peak_map = rd * is_peak.astype(rd.dtype)
        counts = is_peak.astype(ms.int32).sum(axis=(1, 2))
        return peak_map, counts


def make():
    np.random.seed(15)
    rd = np.abs(np.random.randn(2, 12, 12)).astype(np.float32)
    rd[0, 3, 3] = 8.0
    rd[1, 7, 9] = 6.0
    return PeakNMS(), (Tensor(rd),)
