# case: GNSS baseline-length change for a constant tuple of station pairs, looped in construct without error handling -> unrolled loop over constants, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BaselineChangePairs(nn.Cell):
    def __init__(self, pairs=((0, 1), (0, 2), (1, 3)), to_mm=True):
        super().__init__()
        self.pairs = pairs
        self.scale = 1000.0 if to_mm else 1.0

    def construct(self, xyz):
        out = ()
        for pair in self.pairs:
            d = xyz[:, pair[0], :] - xyz[:, pair[1], :]
            bl = ops.sqrt((d * d).sum(axis=-1))
            out = out + ((bl - bl[0]) * self.scale,)
        return ops.stack(out)


def make():
    np.random.seed(152)
    xyz = np.random.randn(20, 4, 3).astype(np.float32) * 0.01 + np.arange(12).reshape(1, 4, 3).astype(np.float32) * 1000
    return BaselineChangePairs(), (Tensor(xyz),)
