# case: sub-cell returns indices of double-parked cars via nonzero, parent gathers their plate embeddings -> dynamic shape through sub-cell and gather
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DoubleParkDetector(nn.Cell):
    def __init__(self, lane_offset_m=2.0):
        super().__init__()
        self.lane_offset = lane_offset_m

    def construct(self, lateral_offset, speed):
        flags = ops.logical_and(lateral_offset > self.lane_offset, speed < 0.5)
        return ops.nonzero(flags).squeeze(-1)


class ViolationEncoder(nn.Cell):
    def __init__(self, emb_dim=16):
        super().__init__()
        self.detector = DoubleParkDetector()
        self.proj = nn.Dense(emb_dim, 4)

    def construct(self, lateral_offset, speed, plate_emb):
        idx = self.detector(lateral_offset, speed)
        picked = ops.gather(plate_emb, idx, 0)
        return self.proj(picked)


def make():
    np.random.seed(27)
    off = Tensor(np.random.uniform(0, 4, 12).astype(np.float32))
    spd = Tensor(np.random.uniform(0, 2, 12).astype(np.float32))
    emb = Tensor(np.random.randn(12, 16).astype(np.float32))
    return ViolationEncoder(), (off, spd, emb)
