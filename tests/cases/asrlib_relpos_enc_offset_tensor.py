# case: streaming forward_chunk passes the cache offset as a 0-d Tensor; position_encoding's isinstance branch slices pe[:, offset:offset + size] -> slice start from tensor data, dynamic or error in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def sinusoid_table(d_model, max_len):
    pos = np.arange(max_len, dtype=np.float32)[:, None]
    div = np.exp(np.arange(0, d_model, 2, dtype=np.float32) * -(math.log(10000.0) / d_model))
    pe = np.zeros((max_len, d_model), np.float32)
    pe[:, 0::2], pe[:, 1::2] = np.sin(pos * div), np.cos(pos * div)
    return pe[None]


class PositionalEncoding(nn.Cell):
    def __init__(self, d_model, max_len=256):
        super().__init__()
        self.xscale = math.sqrt(d_model)
        self.pe = Tensor(sinusoid_table(d_model, max_len))

    def position_encoding(self, offset, size):
        if isinstance(offset, int):
            pos_emb = self.pe[:, offset:offset + size]
        elif isinstance(offset, Tensor) and offset.ndim == 0:
            pos_emb = self.pe[:, offset:offset + size]
        else:
            pos_emb = self.pe[:, :size]
        return pos_emb

    def construct(self, x, offset=0):
        pos_emb = self.position_encoding(offset, x.shape[1])
        return x * self.xscale + pos_emb, pos_emb


class ChunkEmbed(nn.Cell):
    def __init__(self, idim, d_model):
        super().__init__()
        self.linear = nn.Dense(idim, d_model)
        self.pos_enc = PositionalEncoding(d_model)

    def construct(self, chunk, offset):
        return self.pos_enc(self.linear(chunk), offset)


def make():
    np.random.seed(11)
    chunk = Tensor(np.random.randn(1, 8, 20).astype(np.float32))
    offset = Tensor(16, ms.int32)
    return ChunkEmbed(20, 32), (chunk, offset)
