# case: basket completion builds a sparse COO co-occurrence matrix from item pairs inside construct and multiplies it with item scores -> sparse tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class CooccurrenceCompleter(nn.Cell):
    def __init__(self, num_items=10):
        super().__init__()
        self.num_items = num_items

    def construct(self, pair_indices, pair_counts, basket_vec):
        cooc = COOTensor(pair_indices, pair_counts, (self.num_items, self.num_items))
        dense = cooc.to_dense()
        scores = ops.matmul(dense, basket_vec.reshape(-1, 1)).reshape(-1)
        return scores * (1.0 - basket_vec)


def make():
    np.random.seed(22)
    idx = np.array([[0, 3], [3, 0], [1, 4], [4, 1], [2, 7], [7, 2]], dtype=np.int32)
    counts = np.random.randint(1, 9, size=(6,)).astype(np.float32)
    basket = np.zeros(10, dtype=np.float32)
    basket[[0, 4]] = 1.0
    return CooccurrenceCompleter(), (Tensor(idx), Tensor(counts), Tensor(basket))
