# case: find dye lots whose delta-E to the reference shade exceeds tolerance with nonzero and gather their Lab values -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShadeDeviation(nn.Cell):
    def __init__(self, tolerance=2.0):
        super().__init__()
        self.tolerance = tolerance

    def delta_e(self, lab, ref):
        diff = lab - ref
        return ops.sqrt((diff * diff).sum(axis=1))

    def construct(self, lab, ref):
        de = self.delta_e(lab, ref)
        idx = ops.nonzero(de > self.tolerance).reshape(-1)
        outliers = ops.gather(lab, idx, 0)
        return de, outliers


def make():
    np.random.seed(3)
    ref = np.array([[62.0, 18.0, -24.0]], dtype=np.float32)
    lab = ref + np.random.randn(12, 3).astype(np.float32) * 2.0
    return ShadeDeviation(), (Tensor(lab), Tensor(ref))
