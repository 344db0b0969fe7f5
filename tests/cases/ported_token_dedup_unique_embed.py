# case: embedding lookup deduplicates token ids with unique before the (expensive) projection -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DedupEmbedding(nn.Cell):
    """Ported from a recsys model: project each unique id once, then scatter back."""

    def __init__(self, num_embeddings=40, dim=8, out_dim=12, dedup=True):
        super().__init__()
        self.table = nn.Embedding(num_embeddings, dim)
        self.mlp = nn.SequentialCell(nn.Dense(dim, out_dim), nn.Tanh())
        self.dedup = dedup

    def _project(self, ids):
        return self.mlp(self.table(ids))

    def construct(self, ids):
        batch, fields = ids.shape
        flat = ids.view(-1)
        if not self.dedup:
            return self._project(flat).view(batch, fields, -1)
        uniq, inverse = ops.unique(flat)
        projected = self._project(uniq)
        out = projected.index_select(0, inverse)
        return out.view(batch, fields, -1)


def make():
    np.random.seed(3)
    ids = np.random.randint(0, 10, size=(4, 5)).astype(np.int32)
    return DedupEmbedding(), (Tensor(ids),)
