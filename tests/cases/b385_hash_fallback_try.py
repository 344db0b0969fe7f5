# case: feature-hashing layer wraps the embedding lookup in try/except to fall back to the OOV bucket when an id overflows the table -> try statement in construct, expect Graph mode to reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HashConfig:
    def __init__(self, vocab_size=64, emb_dim=8, oov_bucket=0, num_fields=3):
        self.vocab_size = vocab_size
        self.emb_dim = emb_dim
        self.oov_bucket = oov_bucket
        self.num_fields = num_fields


class SafeHashedEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.vocab_size = config.vocab_size
        self.oov_bucket = config.oov_bucket
        self.table = nn.Embedding(config.vocab_size, config.emb_dim)

    def _lookup(self, ids):
        try:
            return self.table(ids % self.vocab_size)
        except (ValueError, RuntimeError):
            return self.table(ops.full_like(ids, self.oov_bucket))

    def construct(self, ids):
        return self._lookup(ids)


class FMFirstAndSecondOrder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = SafeHashedEmbedding(config)
        self.bias = nn.Dense(config.num_fields * config.emb_dim, 1)

    def construct(self, ids):
        v = self.embed(ids)
        square_of_sum = v.sum(axis=1) ** 2
        sum_of_square = (v ** 2).sum(axis=1)
        second = 0.5 * (square_of_sum - sum_of_square).sum(axis=-1, keepdims=True)
        return ops.sigmoid(self.bias(v.reshape(v.shape[0], -1)) + second)


def make():
    np.random.seed(38515)
    cfg = HashConfig()
    ids = Tensor(np.random.randint(0, 1000, size=(4, cfg.num_fields)).astype(np.int32))
    return FMFirstAndSecondOrder(cfg), (ids,)
