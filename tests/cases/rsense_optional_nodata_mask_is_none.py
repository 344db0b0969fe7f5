# case: applies an optional nodata mask only when one is passed, tested with `is None`, then rescales reflectance -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReflectanceScaler(nn.Cell):
    def __init__(self, scale=1e-4, offset=-0.1):
        super().__init__()
        self.scale = scale
        self.offset = offset

    def construct(self, dn, valid=None):
        refl = dn * self.scale + self.offset
        refl = ops.clamp(refl, 0.0, 1.0)
        if valid is None:
            return refl
        return refl * valid.astype(refl.dtype)


def make():
    np.random.seed(38)
    dn = Tensor(np.random.randint(0, 12000, size=(4, 10, 10)).astype(np.float32))
    valid = Tensor(np.random.rand(10, 10) > 0.1)
    return ReflectanceScaler(), (dn, valid)
