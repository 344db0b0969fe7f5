# case: relative positional encoding slicing a precomputed table around its centre using the input's static length -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelPositionalEncoding(nn.Cell):
    def __init__(self, dim=16, max_len=50, dropout_rate=0.0):
        super().__init__()
        self.dim = dim
        self.max_len = max_len
        self.xscale = math.sqrt(dim)
        self.pe = ms.Parameter(self._build_table(max_len, dim), name="rel_pe", requires_grad=False)
        self.dropout = nn.Dropout(p=dropout_rate) if dropout_rate > 0.0 else nn.Identity()

    @staticmethod
    def _build_table(max_len, dim):
        pos = np.arange(max_len - 1, -max_len, -1, dtype=np.float32)[:, None]
        div = np.exp(np.arange(0, dim, 2, dtype=np.float32) * -(math.log(10000.0) / dim))
        pe = np.zeros((2 * max_len - 1, dim), dtype=np.float32)
        pe[:, 0::2] = np.sin(pos * div)
        pe[:, 1::2] = np.cos(pos * div)
        return Tensor(pe[None])

    def construct(self, x):
        t = x.shape[1]
        center = self.pe.shape[1] // 2
        pos_emb = self.pe[:, center - t + 1:center + t]
        return self.dropout(x * self.xscale), self.dropout(pos_emb)


def make():
    np.random.seed(33)
    x = Tensor(np.random.randn(2, 12, 16).astype(np.float32))
    return RelPositionalEncoding(), (x,)
