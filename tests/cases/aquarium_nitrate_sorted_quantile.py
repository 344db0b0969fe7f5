# case: flag tanks whose nitrate exceeds the facility's 90th percentile, computed by sorting and indexing a position derived from the static tank count -> sort plus shape-derived index, expect static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NitrateOutliers(nn.Cell):
    def __init__(self, q=0.9, conversion=4.427):
        super().__init__()
        self.q = q
        self.conversion = conversion

    def construct(self, nitrate_n_mg_l):
        nitrate = nitrate_n_mg_l * self.conversion
        ordered, _ = ops.sort(nitrate)
        pos = int(self.q * (nitrate.shape[0] - 1))
        cutoff = ordered[pos]
        flags = (nitrate > cutoff).astype(ms.float32)
        return nitrate, flags


def make():
    np.random.seed(112)
    nitrate_n = Tensor(np.random.gamma(2.0, 3.0, size=(30,)).astype(np.float32))
    return NitrateOutliers(), (nitrate_n,)
