# case: accumulate severity over the first n defects of a part with for i in range(int(n_defects)) where n_defects is a tensor -> loop trip count from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeverityAccumulator(nn.Cell):
    def __init__(self, decay=0.9):
        super().__init__()
        self.decay = decay

    def construct(self, severities, n_defects):
        total = ops.zeros((), ms.float32)
        w = 1.0
        for i in range(int(n_defects)):
            total = total + severities[i] * w
            w = w * self.decay
        return total


def make():
    np.random.seed(34)
    sev = Tensor(np.random.rand(10).astype(np.float32))
    n = Tensor(6, ms.int32)
    return SeverityAccumulator(), (sev, n)
