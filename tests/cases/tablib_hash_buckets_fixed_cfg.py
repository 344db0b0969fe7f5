# case: hashed categorical embedding whose bucket-inference fallback (int(ids.max())) sits behind `hash_buckets is None`, but the config always sets 32 buckets -> Graph mode compiles statically
from dataclasses import dataclass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


@dataclass
class HashingConfig:
    cardinalities: tuple = (9, 40, 120, 6)
    d_embed: int = 8
    hash_buckets: int = 32
    hash_threshold: int = 16   # columns with more levels than this are hashed


class CategoricalTokenizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.hash_buckets = config.hash_buckets
        self.hashed = tuple(c > config.hash_threshold for c in config.cardinalities)
        sizes = [config.hash_buckets if h else c for h, c in zip(self.hashed, config.cardinalities)]
        self.offsets = tuple(int(v) for v in np.cumsum([0] + sizes[:-1]))
        self.embed = nn.Embedding(sum(sizes), config.d_embed)

    def _buckets(self, col):
        if self.hash_buckets is None:
            return int(col.max()) + 1
        return self.hash_buckets

    def _encode_column(self, col, j):
        if self.hashed[j]:
            col = (col * 2654 + 17) % self._buckets(col)
        return col + self.offsets[j]

    def construct(self, x_cat):
        cols = [self._encode_column(x_cat[:, j], j) for j in range(len(self.offsets))]
        ids = ops.stack(cols, axis=1)
        return self.embed(ids)


def make():
    np.random.seed(12)
    cfg = HashingConfig()
    x_cat = np.stack([np.random.randint(0, c, size=8) for c in cfg.cardinalities], axis=1)
    return CategoricalTokenizer(cfg), (Tensor(x_cat.astype(np.int32)),)
