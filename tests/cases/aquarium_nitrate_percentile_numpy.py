# case: flag tanks whose nitrate exceeds the 90th percentile of the whole facility, computed by pulling the tensor to NumPy inside construct -> .asnumpy() and np.percentile in construct, expect Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NitrateOutliers(nn.Cell):
    def __init__(self, q=90.0, conversion=4.427):
        super().__init__()
        self.q = q
        self.conversion = conversion  # NO3-N to NO3

    def construct(self, nitrate_n_mg_l):
        nitrate = nitrate_n_mg_l * self.conversion
        cutoff = np.percentile(nitrate.asnumpy(), self.q)
        flags = (nitrate > Tensor(cutoff, ms.float32)).astype(ms.float32)
        return nitrate, flags


def make():
    np.random.seed(111)
    nitrate_n = Tensor(np.random.gamma(2.0, 3.0, size=(30,)).astype(np.float32))
    return NitrateOutliers(), (nitrate_n,)
