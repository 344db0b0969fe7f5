# case: POI ranker accepts context features either as a tuple of per-field id tensors or one stacked tensor (isinstance guard), with an optional dense geo feature guarded by None -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FieldEmbedder(nn.Cell):
    def __init__(self, field_vocab=(10, 6, 24), emb_dim=4):
        super().__init__()
        self.num_fields = len(field_vocab)
        self.tables = nn.CellList([nn.Embedding(v, emb_dim) for v in field_vocab])

    def construct(self, fields):
        if isinstance(fields, (tuple, list)):
            cols = fields
        else:
            cols = [fields[:, i] for i in range(self.num_fields)]
        embs = [self.tables[i](cols[i]) for i in range(self.num_fields)]
        return ops.concat(embs, axis=-1)


class PoiContextRanker(nn.Cell):
    def __init__(self, emb_dim=4, geo_dim=2):
        super().__init__()
        self.embedder = FieldEmbedder(emb_dim=emb_dim)
        self.geo_dim = geo_dim
        self.head = nn.Dense(3 * emb_dim + geo_dim, 1)

    def construct(self, fields, geo=None):
        x = self.embedder(fields)
        if geo is None:
            geo = ops.zeros((x.shape[0], self.geo_dim), ms.float32)
        return self.head(ops.concat((x, geo), axis=-1)).squeeze(-1)


def make():
    np.random.seed(28)
    city = Tensor(np.random.randint(0, 10, size=(5,)).astype(np.int32))
    cat = Tensor(np.random.randint(0, 6, size=(5,)).astype(np.int32))
    hour = Tensor(np.random.randint(0, 24, size=(5,)).astype(np.int32))
    return PoiContextRanker(), ((city, cat, hour),)
