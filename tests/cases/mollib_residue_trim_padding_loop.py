# case: protein encoder strips padding by looping over the batch and slicing each sequence to its length from a tensor, then stacks -> dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrimConfig:
    hidden_size = 16
    vocab_size = 25
    pool = "mean"


class ResiduePooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.pool = config.pool

    def _pool_one(self, x):
        return x.mean(axis=0) if self.pool == "mean" else x.max(axis=0)

    def construct(self, tokens, lengths):
        h = self.embed(tokens)
        pooled = []
        for i in range(h.shape[0]):
            L = lengths[i]
            pooled.append(self._pool_one(h[i, :L]))
        return ops.stack(pooled)


def make():
    np.random.seed(24)
    toks = Tensor(np.random.randint(1, 25, size=(3, 12)).astype(np.int32))
    lens = Tensor(np.array([12, 7, 9], np.int32))
    return ResiduePooler(TrimConfig()), (toks, lens)
