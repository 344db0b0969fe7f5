# case: embedding layer accepts sparse fields either as one stacked id tensor or as a tuple of per-field id tensors, normalising with isinstance(x, (list, tuple)) and enumerate over a CellList of per-field tables -> type checks resolved at compile time, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FIELD_VOCABS = (30, 12, 50)


class FieldEmbConfig:
    def __init__(self, vocabs=FIELD_VOCABS, emb_dim=8, combine="stack", scale_by_dim=False):
        self.vocabs = vocabs
        self.emb_dim = emb_dim
        self.combine = combine
        self.scale_by_dim = scale_by_dim


class PerFieldEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.combine = config.combine
        self.scale = config.emb_dim ** 0.5 if config.scale_by_dim else 1.0
        self.tables = nn.CellList([nn.Embedding(v, config.emb_dim) for v in config.vocabs])

    def _split_fields(self, sparse_inputs):
        if isinstance(sparse_inputs, (list, tuple)):
            return tuple(sparse_inputs)
        if isinstance(sparse_inputs, Tensor):
            return tuple(sparse_inputs[:, i] for i in range(len(self.tables)))
        raise TypeError("sparse_inputs must be a Tensor or a sequence of Tensors")

    def construct(self, sparse_inputs):
        fields = self._split_fields(sparse_inputs)
        embs = [table(ids) * self.scale for i, (table, ids) in enumerate(zip(self.tables, fields))]
        if self.combine == "stack":
            return ops.stack(embs, axis=1)
        return ops.concat(embs, axis=-1)


def make():
    np.random.seed(38537)
    cfg = FieldEmbConfig()
    fields = tuple(Tensor(np.random.randint(0, v, size=(5,)).astype(np.int32)) for v in cfg.vocabs)
    return PerFieldEmbedding(cfg), (fields,)
