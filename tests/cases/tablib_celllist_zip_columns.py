# case: per-column categorical embeddings in a CellList zipped with a tuple of column indices and enumerated to apply per-column dropout rates from the config -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ColumnSpec:
    def __init__(self, index, cardinality, d_embed):
        self.index = index
        self.cardinality = cardinality
        self.d_embed = d_embed


class EmbedConfig:
    def __init__(self, columns, d_out=8, column_weights=None):
        self.columns = columns
        self.d_out = d_out
        self.column_weights = column_weights


class ColumnEmbeddings(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.col_index = tuple(c.index for c in config.columns)
        self.embeds = nn.CellList([nn.Embedding(c.cardinality, c.d_embed) for c in config.columns])
        weights = config.column_weights
        self.col_weights = tuple(weights) if weights is not None else (1.0,) * len(config.columns)
        self.proj = nn.Dense(sum(c.d_embed for c in config.columns), config.d_out)

    def construct(self, x_cat):
        parts = []
        for i, (emb, col) in enumerate(zip(self.embeds, self.col_index)):
            parts.append(emb(x_cat[:, col]) * self.col_weights[i])
        return self.proj(ops.cat(parts, axis=-1))


def make():
    np.random.seed(48)
    cols = [ColumnSpec(2, 5, 3), ColumnSpec(0, 8, 4), ColumnSpec(1, 3, 2)]
    x_cat = np.stack([np.random.randint(0, 8, 6), np.random.randint(0, 3, 6),
                      np.random.randint(0, 5, 6)], axis=1).astype(np.int32)
    return ColumnEmbeddings(EmbedConfig(cols)), (Tensor(x_cat),)
