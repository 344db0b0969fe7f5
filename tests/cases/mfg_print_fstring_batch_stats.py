# case: log batch quality statistics with print of an f-string built from tensor values inside construct -> f-string/print of tensor data in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchStatsLogger(nn.Cell):
    def __init__(self, n_feat=4, verbose=True):
        super().__init__()
        self.verbose = verbose
        self.head = nn.Dense(n_feat, 1)

    def construct(self, x):
        y = self.head(x).squeeze(-1)
        mean_y = y.mean()
        std_y = y.std()
        if self.verbose:
            print(f"batch mean={mean_y} std={std_y} n={y.shape[0]}")
        return mean_y, std_y


def make():
    np.random.seed(20)
    x = Tensor(np.random.randn(10, 4).astype(np.float32))
    return BatchStatsLogger(), (x,)
