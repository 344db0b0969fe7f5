# case: averages registration offsets with a fixed-size confidence mask multiplied in instead of selecting marks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightedRegistrationMeter(nn.Cell):
    def __init__(self, min_confidence=0.6, dpi=600.0):
        super().__init__()
        self.min_confidence = min_confidence
        self.mm_per_px = 25.4 / dpi

    def offsets_mm(self, cyan_xy, key_xy):
        return (cyan_xy - key_xy) * self.mm_per_px

    def construct(self, cyan_xy, key_xy, confidence):
        d = self.offsets_mm(cyan_xy, key_xy)
        dist = ops.sqrt(ops.reduce_sum(d * d, axis=1))
        w = (confidence > self.min_confidence).astype(ms.float32)
        count = ops.maximum(w.sum(), 1.0)
        mean_err = (dist * w).sum() / count
        worst = (dist * w).max()
        return mean_err, worst


def make():
    np.random.seed(1)
    n = 12
    key = np.random.uniform(100, 4000, (n, 2)).astype(np.float32)
    cyan = key + np.random.normal(0, 3.0, (n, 2)).astype(np.float32)
    conf = np.random.uniform(0.3, 1.0, (n,)).astype(np.float32)
    return WeightedRegistrationMeter(), (Tensor(cyan), Tensor(key), Tensor(conf))
