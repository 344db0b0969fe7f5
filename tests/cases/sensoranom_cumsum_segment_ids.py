# case: label anomaly segments with ids using cumsum of rising edges multiplied by the flag mask -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentLabeler(nn.Cell):
    def __init__(self, threshold=1.2):
        super().__init__()
        self.threshold = threshold

    def rising_edges(self, flags):
        prev = ops.concat([ops.zeros_like(flags[:, :1]), flags[:, :-1]], axis=1)
        return ops.relu(flags - prev)

    def construct(self, err):
        flags = (err > self.threshold).astype(ms.float32)
        seg_id = ops.cumsum(self.rising_edges(flags), axis=1) * flags
        seg_len = flags.sum(axis=1)
        return seg_id.astype(ms.int32), seg_len


def make():
    np.random.seed(42)
    err = Tensor(np.abs(np.random.randn(3, 18)).astype(np.float32) * 1.3)
    return SegmentLabeler(), (err,)
