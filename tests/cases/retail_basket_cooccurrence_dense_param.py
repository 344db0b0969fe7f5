# case: basket completion uses a dense learned co-occurrence matrix and masks already-bought items with a multiply -> static dense graph, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CooccurrenceCompleter(nn.Cell):
    def __init__(self, num_items=10, symmetric=True):
        super().__init__()
        self.symmetric = symmetric
        init = np.random.rand(num_items, num_items).astype(np.float32)
        self.cooc = ms.Parameter(Tensor(init), name="cooc")

    def matrix(self):
        if self.symmetric:
            return 0.5 * (self.cooc + self.cooc.T)
        return self.cooc

    def construct(self, baskets):
        scores = ops.matmul(baskets, self.matrix())
        return scores * (1.0 - baskets)


def make():
    np.random.seed(23)
    baskets = (np.random.rand(4, 10) > 0.7).astype(np.float32)
    return CooccurrenceCompleter(), (Tensor(baskets),)
