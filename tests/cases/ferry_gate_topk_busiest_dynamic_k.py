# case: gate analytics picks the k busiest gates where k is the number of gates open (a tensor) -> topk with tensor k gives data-dependent output size in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BusiestGates(nn.Cell):
    def __init__(self):
        super().__init__()
        self.topk = ops.TopK(sorted=True)

    def construct(self, gate_counts, gate_open):
        k = gate_open.sum()
        values, indices = self.topk(gate_counts, k)
        return values.sum(), indices


def make():
    np.random.seed(14)
    counts = Tensor(np.random.randint(0, 50, size=(8,)).astype(np.float32))
    opened = Tensor(np.array([1, 0, 1, 1, 0, 1, 0, 0], dtype=np.int32))
    return BusiestGates(), (counts, opened)
