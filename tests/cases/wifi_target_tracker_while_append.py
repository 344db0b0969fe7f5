# case: iterative peak picking on a range-Doppler map: while the strongest cell exceeds threshold, record it in a list and suppress it -> dynamic loop / list grown on tensor condition (likely error or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyPeakPicker(nn.Cell):
    def __init__(self, threshold=3.0, max_iter=10):
        super().__init__()
        self.threshold = threshold
        self.max_iter = max_iter

    def construct(self, rd_map):
        flat = rd_map.reshape(-1)
        targets = []
        it = 0
        peak = flat.max()
        while peak > self.threshold and it < self.max_iter:
            idx = flat.argmax()
            targets.append(idx)
            flat = flat * (1.0 - ops.one_hot(idx, flat.shape[0], Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)))
            peak = flat.max()
            it += 1
        if len(targets) == 0:
            return ops.zeros((0,), ms.int32)
        return ops.stack(targets)


def make():
    np.random.seed(12)
    rd = np.abs(np.random.randn(8, 8)).astype(np.float32)
    rd[1, 2] = 9.0
    rd[5, 6] = 7.0
    rd[3, 3] = 5.0
    return GreedyPeakPicker(), (Tensor(rd),)
