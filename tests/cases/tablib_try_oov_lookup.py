# case: categorical embedding wraps the lookup in try/except to fall back to a reserved OOV row for unseen ids -> Graph mode rejects the try statement
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CatConfig:
    def __init__(self, cardinalities=(6, 4, 9), d_embed=4, handle_unknown="oov"):
        self.cardinalities = cardinalities
        self.d_embed = d_embed
        self.handle_unknown = handle_unknown


class SafeCategoricalEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.handle_unknown = config.handle_unknown
        self.embeds = nn.CellList([nn.Embedding(c + 1, config.d_embed) for c in config.cardinalities])
        self.oov_ids = tuple(config.cardinalities)

    def _safe_lookup(self, emb, col, oov_id):
        try:
            return emb(col)
        except (IndexError, ValueError):
            return emb(ops.clamp(col, 0, oov_id))

    def construct(self, x_cat):
        outs = []
        for j, emb in enumerate(self.embeds):
            outs.append(self._safe_lookup(emb, x_cat[:, j], self.oov_ids[j]))
        return ops.stack(outs, axis=1)


def make():
    np.random.seed(35)
    x_cat = Tensor(np.stack([np.random.randint(0, c, 7) for c in (6, 4, 9)], axis=1).astype(np.int32))
    return SafeCategoricalEmbedding(CatConfig()), (x_cat,)
