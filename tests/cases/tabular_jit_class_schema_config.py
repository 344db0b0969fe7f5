# case: @ms.jit_class schema object (column offsets and vocab sizes) read-only inside construct to split and embed the input -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class TableSchema:
    def __init__(self, n_numeric=2, vocab_sizes=(4, 6), clip_value=3.0):
        self.n_numeric = n_numeric
        self.vocab_sizes = vocab_sizes
        self.n_categorical = len(vocab_sizes)
        self.clip_value = clip_value

    def numeric_slice(self, x):
        return x[:, :self.n_numeric]

    def category_column(self, x, i):
        return x[:, self.n_numeric + i].astype(ms.int32)


class SchemaEncoder(nn.Cell):
    def __init__(self, schema=None, emb_dim=3):
        super().__init__()
        self.schema = schema if schema is not None else TableSchema()
        self.embeds = nn.CellList([nn.Embedding(v, emb_dim) for v in self.schema.vocab_sizes])
        self.out = nn.Dense(self.schema.n_numeric + emb_dim * self.schema.n_categorical, 4)

    def construct(self, x):
        num = ops.clamp(self.schema.numeric_slice(x), -self.schema.clip_value, self.schema.clip_value)
        parts = [num]
        for i in range(self.schema.n_categorical):
            parts.append(self.embeds[i](self.schema.category_column(x, i)))
        return self.out(ops.concat(parts, axis=1))


def make():
    np.random.seed(43)
    ms.set_seed(43)
    x = np.concatenate([np.random.randn(5, 2), np.random.randint(0, 4, (5, 1)), np.random.randint(0, 6, (5, 1))], 1)
    return SchemaEncoder(), (Tensor(x.astype(np.float32)),)
