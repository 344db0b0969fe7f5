# case: protein pooler loops over range(batch) with a per-sequence mask built from lengths, appending to a list and stacking -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolConfig:
    hidden_size = 16
    vocab_size = 25
    pool = "mean"


class ResiduePooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.pool = config.pool

    def _pool_one(self, x, m):
        if self.pool == "mean":
            return (x * m[:, None]).sum(axis=0) / ops.maximum(m.sum(), 1.0)
        return (x + (m[:, None] - 1.0) * 1e4).max(axis=0)

    def construct(self, tokens, lengths):
        h = self.embed(tokens)
        positions = ops.arange(h.shape[1])
        pooled = []
        for i in range(h.shape[0]):
            m = (positions < lengths[i]).astype(h.dtype)
            pooled.append(self._pool_one(h[i], m))
        return ops.stack(pooled)


def make():
    np.random.seed(25)
    toks = Tensor(np.random.randint(1, 25, size=(3, 12)).astype(np.int32))
    lens = Tensor(np.array([12, 7, 9], np.int32))
    return ResiduePooler(PoolConfig()), (toks, lens)
