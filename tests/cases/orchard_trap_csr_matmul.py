# case: aggregate trap catches to orchard blocks with a sparse trap-to-block CSR matrix and a sparse matmul -> CSRTensor op in construct, Graph mode may reject on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockPestAggregator(nn.Cell):
    def __init__(self, n_blocks=4, n_traps=8):
        super().__init__()
        self.dense_shape = (n_blocks, n_traps)

    def construct(self, indptr, indices, weights, catches):
        # catches: (traps, species)
        assign = ms.CSRTensor(indptr, indices, weights, self.dense_shape)
        per_block = assign.mm(catches)
        return per_block / (per_block.sum(axis=1, keepdims=True) + 1e-6)


def make():
    np.random.seed(61)
    indptr = Tensor(np.array([0, 2, 4, 6, 8], dtype=np.int32))
    indices = Tensor(np.array([0, 1, 2, 3, 4, 5, 6, 7], dtype=np.int32))
    weights = Tensor(np.ones(8, dtype=np.float32))
    catches = Tensor(np.random.poisson(4.0, size=(8, 3)).astype(np.float32))
    return BlockPestAggregator(), (indptr, indices, weights, catches)
