# case: compute the median crown temperature by pulling the tensor to NumPy inside construct -> .asnumpy() and np.median in construct, expected error or fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrownTempFilter(nn.Cell):
    def __init__(self, offset_c=2.0):
        super().__init__()
        self.offset = offset_c

    def construct(self, crown_temps):
        med = np.median(crown_temps.asnumpy())
        centred = crown_temps - Tensor(med, ms.float32)
        return centred + self.offset


def make():
    np.random.seed(121)
    temps = Tensor((95 + np.random.rand(24) * 10).astype(np.float32))
    return CrownTempFilter(), (temps,)
