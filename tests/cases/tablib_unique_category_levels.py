# case: categorical embedding de-duplicates the ids seen in the batch with ops.unique and looks up only those rows before scattering back via the inverse index -> Graph mode goes dynamic or rejects the unique output
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EmbedConfig:
    vocab_size = 50
    d_embed = 6
    dedup_lookup = True


class DedupEmbedding(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = EmbedConfig() if config is None else config
        self.dedup_lookup = config.dedup_lookup
        self._init_table(config.vocab_size, config.d_embed)

    def _init_table(self, n, d):
        self.table = Parameter(Tensor(np.random.randn(n, d).astype(np.float32) * 0.1), name="table")

    def _lookup(self, flat_ids):
        if not self.dedup_lookup:
            return ops.gather(self.table, flat_ids, 0)
        uniq, inverse = ops.unique(flat_ids)
        rows = ops.gather(self.table, uniq, 0)
        return ops.gather(rows, inverse, 0)

    def construct(self, x_cat):
        b, f = x_cat.shape
        emb = self._lookup(x_cat.reshape(-1))
        return emb.reshape(b, f, -1)


def make():
    np.random.seed(31)
    x_cat = Tensor(np.random.randint(0, 12, size=(8, 4)).astype(np.int32))
    return DedupEmbedding(), (x_cat,)
