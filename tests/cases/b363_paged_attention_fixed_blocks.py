# case: paged-attention decode gathers every slot of the fixed-width block table and masks slots past each sequence length with an arange comparison -> block count from config, lengths stay tensors; expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

NEG_INF = -1e9


class PagedConfig:
    def __init__(self, num_blocks=16, block_size=4, num_heads=2, head_dim=8, max_blocks_per_seq=6):
        self.num_blocks = num_blocks
        self.block_size = block_size
        self.num_heads = num_heads
        self.head_dim = head_dim
        self.max_blocks_per_seq = max_blocks_per_seq


class PagedAttentionDecode(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.block_size = config.block_size
        self.num_heads = config.num_heads
        self.head_dim = config.head_dim
        self.max_tokens = config.max_blocks_per_seq * config.block_size
        self._build_pools(config)
        self.token_pos = Tensor(np.arange(self.max_tokens), ms.int32)

    def _build_pools(self, config):
        shape = (config.num_blocks, config.block_size, config.num_heads, config.head_dim)
        self.key_pool = Parameter(Tensor(np.random.randn(*shape).astype(np.float32)), name="key_pool", requires_grad=False)
        self.value_pool = Parameter(Tensor(np.random.randn(*shape).astype(np.float32)), name="value_pool", requires_grad=False)

    def _gather(self, pool, block_tables):
        blocks = ops.gather(pool, block_tables.reshape(-1), 0)
        return blocks.reshape(block_tables.shape[0], self.max_tokens, self.num_heads, self.head_dim)

    def construct(self, query, block_tables, seq_lens):
        keys = self._gather(self.key_pool, block_tables)
        values = self._gather(self.value_pool, block_tables)
        scores = ops.matmul(query.expand_dims(2), keys.transpose(0, 2, 3, 1)).squeeze(2) * (self.head_dim ** -0.5)
        valid = (self.token_pos.reshape(1, 1, -1) < seq_lens.reshape(-1, 1, 1))
        scores = ops.where(valid, scores, ops.full_like(scores, NEG_INF))
        probs = ops.softmax(scores, axis=-1)
        return ops.matmul(probs.expand_dims(2), values.transpose(0, 2, 1, 3)).squeeze(2)


def make():
    np.random.seed(3644)
    query = Tensor(np.random.randn(2, 2, 8).astype(np.float32))
    block_tables = Tensor(np.array([[0, 3, 5, 7, 0, 0], [1, 2, 4, 0, 0, 0]], np.int32))
    seq_lens = Tensor(np.array([14, 10], np.int32))
    return PagedAttentionDecode(PagedConfig()), (query, block_tables, seq_lens)
