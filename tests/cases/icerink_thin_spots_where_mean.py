# case: average deficit of thin ice cells using a three-argument ops.where and a mask count -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def to_inches(mm):
    return mm / 25.4


class ThinIceDeficit(nn.Cell):
    def __init__(self, floor_mm=36.0):
        super().__init__()
        self.floor_mm = floor_mm

    def construct(self, thickness_mm):
        thin_mask = thickness_mm < self.floor_mm
        deficit = ops.where(thin_mask, self.floor_mm - thickness_mm, ops.zeros_like(thickness_mm))
        count = thin_mask.astype(ms.float32).sum()
        mean_deficit = deficit.sum() / ops.maximum(count, 1.0)
        return to_inches(mean_deficit), count


def make():
    np.random.seed(3114)
    t = np.random.uniform(30.0, 45.0, size=(8, 16)).astype(np.float32)
    return ThinIceDeficit(), (Tensor(t),)
