# case: panel aggregation prints the consensus vector and a plain message while ranking odorants by hedonic score -> print of tensors is supported in Graph mode, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HedonicRanking(nn.Cell):
    def __init__(self, verbose=True):
        super().__init__()
        self.verbose = verbose

    def construct(self, ratings):
        mu = ratings.mean(axis=1, keep_dims=True)
        sd = ratings.std(axis=1, keepdims=True)
        z = (ratings - mu) / (sd + 1e-3)
        consensus = z.mean(axis=0)
        if self.verbose:
            print("panel consensus:", consensus)
        order = ops.sort(consensus, descending=True)[1]
        return consensus, order


def make():
    np.random.seed(132)
    ratings = np.random.randint(1, 10, size=(14, 7)).astype(np.float32)
    return HedonicRanking(), (Tensor(ratings),)
