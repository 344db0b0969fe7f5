# case: schema encoder accepts either a single column tensor or a (columns, tables) tuple and dispatches with isinstance -> static shapes (type guard resolved at compile time)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SchemaEncoder(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.col_proj = nn.Dense(hidden, hidden)
        self.tab_proj = nn.Dense(hidden, hidden)

    def encode_columns(self, cols):
        return ops.gelu(self.col_proj(cols))

    def construct(self, schema):
        if isinstance(schema, tuple):
            cols, tabs = schema
            col_h = self.encode_columns(cols)
            tab_h = ops.gelu(self.tab_proj(tabs))
            return ops.cat((col_h, tab_h), axis=0)
        return self.encode_columns(schema)


def make():
    np.random.seed(31)
    cols = Tensor(np.random.randn(6, 8).astype(np.float32))
    tabs = Tensor(np.random.randn(2, 8).astype(np.float32))
    return SchemaEncoder(), ((cols, tabs),)
