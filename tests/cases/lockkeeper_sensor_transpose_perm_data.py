# case: reorder a (sensor, time, channel) gate sensor block using a permutation stored in the telemetry header tensor -> transpose perm from tensor values, expect rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TelemetryNormalizer(nn.Cell):
    def __init__(self, channels=3):
        super().__init__()
        self.norm = nn.LayerNorm((channels,))

    def construct(self, block, header_perm):
        perm = tuple(int(p) for p in header_perm)
        x = ops.transpose(block, perm)
        return self.norm(x)


def make():
    np.random.seed(231)
    b = np.random.randn(4, 3, 10).astype(np.float32)  # (sensor, channel, time) as sent
    perm = np.array([0, 2, 1], dtype=np.int32)
    return TelemetryNormalizer(), (Tensor(b), Tensor(perm))
