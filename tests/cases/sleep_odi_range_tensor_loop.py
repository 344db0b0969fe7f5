# case: accumulate desaturation depth over the first n epochs where n (number of scored epochs) is passed as a tensor and used in range() -> error or dynamic loop bound
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DesatBurden(nn.Cell):
    def __init__(self, baseline=96.0):
        super().__init__()
        self.baseline = baseline

    def construct(self, spo2_epochs, n_scored):
        total = ops.zeros((), ms.float32)
        for i in range(n_scored):
            depth = self.baseline - spo2_epochs[i].min()
            total = total + ops.relu(depth)
        return total / n_scored.astype(ms.float32)


def make():
    np.random.seed(33)
    spo2 = 95.0 + np.random.randn(10, 16).astype(np.float32)
    return DesatBurden(), (Tensor(spo2.astype(np.float32)), Tensor(7, ms.int32))
