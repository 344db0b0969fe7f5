# case: accept the threshold either as a Python float or a per-sensor Tensor, dispatching with isinstance -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlexibleThresholder(nn.Cell):
    def __init__(self, default_thr=1.0):
        super().__init__()
        self.default_thr = default_thr

    def to_tensor_thr(self, thr, like):
        if isinstance(thr, (int, float)):
            return ops.fill(like.dtype, (like.shape[-1],), thr)
        return thr

    def construct(self, z, thr):
        t = self.to_tensor_thr(thr, z)
        return (ops.abs(z) > t).astype(ms.int32).sum(axis=0)


def make():
    np.random.seed(39)
    z = Tensor(np.random.randn(14, 4).astype(np.float32))
    thr = Tensor(np.array([1.0, 1.5, 2.0, 1.2], np.float32))
    return FlexibleThresholder(), (z, thr)
