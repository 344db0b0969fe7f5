# case: streaming inference loops over range(int(n_chunks)) where n_chunks is a tensor input -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChunkEncoder(nn.Cell):
    def __init__(self, chunk=8, dim=6):
        super().__init__()
        self.dense = nn.Dense(chunk, dim)

    def construct(self, x):
        return ops.tanh(self.dense(x))


class ChunkedStreamer(nn.Cell):
    def __init__(self, chunk=8, dim=6, alpha=0.7):
        super().__init__()
        self.chunk = chunk
        self.enc = ChunkEncoder(chunk, dim)
        self.alpha = alpha
        self.dim = dim

    def construct(self, wav, n_chunks):
        state = ops.zeros((self.dim,), ms.float32)
        for i in range(int(n_chunks)):
            piece = wav[i * self.chunk:(i + 1) * self.chunk]
            state = self.alpha * state + (1 - self.alpha) * self.enc(piece)
        return state


def make():
    np.random.seed(17)
    wav = np.random.randn(64).astype(np.float32)
    return ChunkedStreamer(), (Tensor(wav), Tensor(5, ms.int32))
