# case: gate analytics reports the k busiest gates with k fixed in the constructor -> constant k topk is static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BusiestGatesFixed(nn.Cell):
    def __init__(self, k=3):
        super().__init__()
        self.k = k

    def construct(self, gate_counts):
        values, indices = ops.topk(gate_counts, self.k)
        share = values.sum(axis=-1) / (gate_counts.sum(axis=-1) + 1e-6)
        return share, indices


def make():
    np.random.seed(30)
    counts = Tensor(np.random.randint(0, 50, size=(4, 8)).astype(np.float32))
    return BusiestGatesFixed(), (counts,)
