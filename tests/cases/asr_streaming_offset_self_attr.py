# case: streaming positional encoding that advances a frame offset stored as a plain attribute on self inside construct -> compile error at line 27
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def sinusoid_table(max_len, dim):
    pos = np.arange(max_len, dtype=np.float32)[:, None]
    div = np.exp(np.arange(0, dim, 2, dtype=np.float32) * -(math.log(10000.0) / dim))
    table = np.zeros((max_len, dim), dtype=np.float32)
    table[:, 0::2] = np.sin(pos * div)
    table[:, 1::2] = np.cos(pos * div)
    return Tensor(table)


class StreamingPositionalEncoding(nn.Cell):
    def __init__(self, dim=16, max_len=64, xscale=True):
        super().__init__()
        self.pe = sinusoid_table(max_len, dim)
        self.xscale = math.sqrt(dim) if xscale else 1.0
        self.offset = 0

    def construct(self, chunk):
        t = chunk.shape[1]
        pos_emb = self.pe[self.offset:self.offset + t].expand_dims(0)
        self.offset = self.offset + t
        return chunk * self.xscale + pos_emb, pos_emb


def make():
    np.random.seed(22)
    chunk = Tensor(np.random.randn(1, 4, 16).astype(np.float32))
    return StreamingPositionalEncoding(), (chunk,)
