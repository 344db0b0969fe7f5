# case: compute the median plate-scan density per row by pulling the tensor to NumPy with asnumpy inside construct -> asnumpy/NumPy on tensors in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowMedianInk(nn.Cell):
    def __init__(self, gamma=2.2):
        super().__init__()
        self.gamma = gamma

    def linearise(self, scan):
        return ops.pow(scan, self.gamma)

    def construct(self, scan):
        lin = self.linearise(scan)
        med = np.median(lin.asnumpy(), axis=1)
        return Tensor(med, ms.float32) * 100.0


def make():
    np.random.seed(121)
    scan = np.random.rand(20, 30).astype(np.float32)
    return RowMedianInk(), (Tensor(scan),)
