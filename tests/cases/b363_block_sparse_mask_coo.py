# case: block-sparse attention stores its allowed (query-block, key-block) pairs as an ms.COOTensor built in construct and densifies it to expand into a token mask -> sparse tensor constructed in construct; expect Graph mode to reject or mis-handle on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e9


class BlockSparseConfig:
    def __init__(self, block_size=2, num_blocks=4, use_sparse_layout=True):
        self.block_size = block_size
        self.num_blocks = num_blocks
        self.use_sparse_layout = use_sparse_layout


class BlockSparseMask(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.block_size = config.block_size
        self.num_blocks = config.num_blocks
        self.use_sparse_layout = config.use_sparse_layout

    def _layout(self, block_pairs, block_weights):
        shape = (self.num_blocks, self.num_blocks)
        if self.use_sparse_layout:
            return ms.COOTensor(block_pairs, block_weights, shape).to_dense()
        return ops.tensor_scatter_update(ops.zeros(shape, ms.float32), block_pairs, block_weights)

    def construct(self, scores, block_pairs, block_weights):
        layout = self._layout(block_pairs, block_weights)
        token_layout = ops.repeat_elements(ops.repeat_elements(layout, self.block_size, 0), self.block_size, 1)
        return scores + (1.0 - token_layout) * NEG_INF


def make():
    np.random.seed(3653)
    scores = Tensor(np.random.randn(8, 8).astype(np.float32))
    pairs = Tensor(np.array([[0, 0], [1, 0], [1, 1], [2, 2], [3, 0], [3, 3]], np.int32))
    weights = Tensor(np.ones(6, np.float32))
    return BlockSparseMask(BlockSparseConfig()), (scores, pairs, weights)
