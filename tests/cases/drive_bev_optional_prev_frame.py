# case: BEV temporal fusion with an optional previous-frame input guarded by an is-None check (first frame passes None) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BEVTemporalFusion(nn.Cell):
    def __init__(self, channels=8, use_prev=True):
        super().__init__()
        self.use_prev = use_prev
        self.fuse = nn.Conv2d(channels * 2, channels, 3, pad_mode="same")
        self.gate = nn.Conv2d(channels * 2, 1, 1)

    def construct(self, bev, prev_bev=None):
        if prev_bev is None or not self.use_prev:
            prev_bev = ops.zeros_like(bev)
        both = ops.concat([bev, prev_bev], axis=1)
        g = ops.sigmoid(self.gate(both))
        return g * self.fuse(both) + (1 - g) * bev


class BEVEncoder(nn.Cell):
    def __init__(self, in_ch=4, channels=8):
        super().__init__()
        self.stem = nn.Conv2d(in_ch, channels, 3, pad_mode="same")
        self.temporal = BEVTemporalFusion(channels)

    def construct(self, raw_bev, prev_bev=None):
        return self.temporal(ops.relu(self.stem(raw_bev)), prev_bev)


def make():
    np.random.seed(31)
    raw = Tensor(np.random.randn(1, 4, 10, 10).astype(np.float32))
    return BEVEncoder(), (raw, None)
