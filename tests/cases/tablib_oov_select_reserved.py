# case: categorical embedding maps ids beyond each column's cardinality to a reserved OOV row with ops.select before the lookup -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CatConfig:
    def __init__(self, cardinalities=(6, 4, 9), d_embed=4, handle_unknown="oov", share_oov=None):
        self.cardinalities = cardinalities
        self.d_embed = d_embed
        self.handle_unknown = handle_unknown
        self.share_oov = share_oov


class SafeCategoricalEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.handle_unknown = config.handle_unknown
        self.cards = tuple(config.cardinalities)
        self.embeds = nn.CellList([nn.Embedding(c + 1, config.d_embed) for c in self.cards])

    def _map_unknown(self, col, card):
        if self.handle_unknown != "oov":
            return col
        bad = ops.logical_or(col >= card, col < 0)
        return ops.select(bad, ops.fill(col.dtype, col.shape, card), col)

    def construct(self, x_cat):
        cols = [self._map_unknown(x_cat[:, j], c) for j, c in enumerate(self.cards)]
        outs = [emb(col) for emb, col in zip(self.embeds, cols)]
        return ops.stack(outs, axis=1)


def make():
    np.random.seed(36)
    x_cat = np.stack([np.random.randint(0, c + 3, 7) for c in (6, 4, 9)], axis=1).astype(np.int32)
    return SafeCategoricalEmbedding(CatConfig()), (Tensor(x_cat),)
