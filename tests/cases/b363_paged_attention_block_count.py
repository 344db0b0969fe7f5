# case: paged-attention decode gathers KV blocks from the block pool, trimming the block table to the number of blocks computed with int() from the longest sequence length -> slice length from tensor data; expect error or dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PagedConfig:
    def __init__(self, num_blocks=16, block_size=4, num_heads=2, head_dim=8, max_blocks_per_seq=6):
        self.num_blocks = num_blocks
        self.block_size = block_size
        self.num_heads = num_heads
        self.head_dim = head_dim
        self.max_blocks_per_seq = max_blocks_per_seq


class PagedKVPool(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.block_size = config.block_size
        self.num_heads = config.num_heads
        self.head_dim = config.head_dim
        shape = (config.num_blocks, config.block_size, config.num_heads, config.head_dim)
        self.key_pool = Parameter(Tensor(np.random.randn(*shape).astype(np.float32)), name="key_pool", requires_grad=False)

    def _blocks_needed(self, seq_lens):
        longest = int(seq_lens.max())
        return (longest + self.block_size - 1) // self.block_size

    def construct(self, query, block_tables, seq_lens):
        n_blocks = self._blocks_needed(seq_lens)
        tables = block_tables[:, :n_blocks]
        keys = ops.gather(self.key_pool, tables.reshape(-1), 0)
        keys = keys.reshape(tables.shape[0], -1, self.num_heads, self.head_dim)
        scores = ops.matmul(query.expand_dims(2), keys.transpose(0, 2, 3, 1)).squeeze(2) * (self.head_dim ** -0.5)
        return ops.softmax(scores, axis=-1)


def make():
    np.random.seed(3643)
    cfg = PagedConfig()
    query = Tensor(np.random.randn(2, 2, 8).astype(np.float32))
    block_tables = Tensor(np.array([[0, 3, 5, 7, 0, 0], [1, 2, 4, 0, 0, 0]], np.int32))
    seq_lens = Tensor(np.array([14, 10], np.int32))
    return PagedKVPool(cfg), (query, block_tables, seq_lens)
