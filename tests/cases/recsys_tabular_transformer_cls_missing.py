# case: FT-Transformer style tabular model: categorical and numeric column tokens, missing numeric values replaced by a learned [MISSING] token with where, CLS token tiled to the batch -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NumericTokenizer(nn.Cell):
    def __init__(self, num_numeric, dim):
        super().__init__()
        self.weight = ms.Parameter(Tensor(np.random.RandomState(1).randn(num_numeric, dim).astype(np.float32) * 0.1), name="num_w")
        self.bias = ms.Parameter(Tensor(np.zeros((num_numeric, dim), np.float32)), name="num_b")
        self.missing = ms.Parameter(Tensor(np.zeros((num_numeric, dim), np.float32)), name="missing_tok")

    def construct(self, x_num):
        nan = ops.isnan(x_num)
        x = ops.where(nan, ops.zeros_like(x_num), x_num)
        tokens = x.expand_dims(-1) * self.weight + self.bias
        return ops.where(nan.expand_dims(-1), self.missing.expand_dims(0), tokens)


class FTTransformer(nn.Cell):
    def __init__(self, cat_cardinalities=(5, 7, 3), num_numeric=4, dim=8, heads=2, layers=1):
        super().__init__()
        self.cat_embs = nn.CellList([nn.Embedding(c, dim) for c in cat_cardinalities])
        self.num_tok = NumericTokenizer(num_numeric, dim)
        self.cls = ms.Parameter(Tensor(np.zeros((1, 1, dim), np.float32)), name="cls")
        self.encoder = nn.TransformerEncoder(
            nn.TransformerEncoderLayer(dim, heads, dim_feedforward=16, dropout=0.0, batch_first=True), layers)
        self.head = nn.Dense(dim, 1)

    def construct(self, x_cat, x_num):
        if isinstance(x_cat, Tensor) and x_cat.ndim == 2:
            cat_tokens = ops.stack([emb(x_cat[:, i]) for i, emb in enumerate(self.cat_embs)], axis=1)
        else:
            cat_tokens = ops.stack([emb(c) for c, emb in zip(x_cat, self.cat_embs)], axis=1)
        tokens = ops.concat((cat_tokens, self.num_tok(x_num)), axis=1)
        cls = ops.tile(self.cls, (tokens.shape[0], 1, 1))
        h = self.encoder(ops.concat((cls, tokens), axis=1))
        return self.head(h[:, 0]).squeeze(-1)


def make():
    np.random.seed(35)
    x_cat = Tensor(np.stack([np.random.randint(0, c, size=(4,)) for c in (5, 7, 3)], 1).astype(np.int32))
    x_num = np.random.randn(4, 4).astype(np.float32)
    x_num[1, 2] = np.nan
    x_num[3, 0] = np.nan
    return FTTransformer(), (x_cat, Tensor(x_num))
