# case: udder-health model sums per-quarter conductivity scores produced by a generator method with yield inside construct -> graph mode rejects generators
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UdderHealth(nn.Cell):
    def __init__(self, n_quarters=4):
        super().__init__()
        self.n_quarters = n_quarters
        self.quarter_w = Tensor(np.array([1.0, 1.0, 1.2, 1.2], np.float32))

    def quarter_scores(self, conductivity):
        for q in range(self.n_quarters):
            yield conductivity[:, q] * self.quarter_w[q]

    def construct(self, conductivity):
        total = sum(self.quarter_scores(conductivity))
        return total / self.n_quarters


def make():
    np.random.seed(33)
    cond = np.random.normal(5.5, 0.5, (6, 4)).astype(np.float32)
    return UdderHealth(), (Tensor(cond),)
