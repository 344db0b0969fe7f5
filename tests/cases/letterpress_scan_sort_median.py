# case: compute the median plate-scan density per row with ops.sort and a constant middle index -> static shapes throughout
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
        ordered, _ = ops.sort(lin, axis=1)
        n = ordered.shape[1]
        if n % 2 == 1:
            med = ordered[:, n // 2]
        else:
            med = (ordered[:, n // 2 - 1] + ordered[:, n // 2]) * 0.5
        return med * 100.0


def make():
    np.random.seed(122)
    scan = np.random.rand(20, 30).astype(np.float32)
    return RowMedianInk(), (Tensor(scan),)
