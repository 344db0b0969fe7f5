# case: chunk embedding whose position_encoding accepts an int or Tensor offset; the caller passes a plain Python int offset, so only the int branch is live -> slice bounds are constants, static graph expected
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_POS = 256


class PosEncConfig:
    d_model = 32
    dropout_rate = 0.0
    max_len = MAX_POS


class PositionalEncoding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        d, max_len = config.d_model, getattr(config, "max_len", 5000)
        pos = np.arange(max_len, dtype=np.float32)[:, None]
        div = np.exp(np.arange(0, d, 2, dtype=np.float32) * -(math.log(10000.0) / d))
        pe = np.zeros((max_len, d), np.float32)
        pe[:, 0::2], pe[:, 1::2] = np.sin(pos * div), np.cos(pos * div)
        self.pe = Tensor(pe[None])
        self.xscale = math.sqrt(d)

    def position_encoding(self, offset, size):
        if isinstance(offset, int):
            assert offset + size <= self.pe.shape[1]
            return self.pe[:, offset:offset + size]
        index = ops.arange(size, dtype=ms.int32) + offset
        return ops.gather(self.pe, index, 1)

    def construct(self, x, offset=0):
        pos_emb = self.position_encoding(offset, x.shape[1])
        return x * self.xscale + pos_emb, pos_emb


class ChunkEmbed(nn.Cell):
    def __init__(self, idim, config):
        super().__init__()
        self.linear = nn.Dense(idim, config.d_model)
        self.pos_enc = PositionalEncoding(config)

    def construct(self, chunk, offset):
        return self.pos_enc(self.linear(chunk), offset)


def make():
    np.random.seed(12)
    chunk = Tensor(np.random.randn(1, 8, 20).astype(np.float32))
    return ChunkEmbed(20, PosEncConfig()), (chunk, 16)
