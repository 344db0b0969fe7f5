# case: full-utterance encoder processed chunk by chunk, number of chunks from the static input shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChunkLayer(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.ff = nn.SequentialCell(nn.Dense(dim, 2 * dim), nn.ReLU(), nn.Dense(2 * dim, dim))
        self.norm = nn.LayerNorm((dim,))

    def construct(self, x, left):
        ctx = ops.concat((left, x), axis=1).mean(axis=1, keep_dims=True)
        return self.norm(x + self.ff(x + ctx))


class ChunkedEncoder(nn.Cell):
    def __init__(self, dim=16, chunk_size=4, left_chunks=1):
        super().__init__()
        self.layer = ChunkLayer(dim)
        self.chunk_size = chunk_size
        self.left_frames = chunk_size * left_chunks

    def construct(self, x):
        b, t, d = x.shape
        pad = (-t) % self.chunk_size
        if pad > 0:
            x = ops.pad(x, (0, 0, 0, pad))
        cache = ops.zeros((b, self.left_frames, d), x.dtype)
        outs = []
        for i in range(x.shape[1] // self.chunk_size):
            chunk = x[:, i * self.chunk_size:(i + 1) * self.chunk_size]
            y = self.layer(chunk, cache)
            cache = ops.concat((cache, chunk), axis=1)[:, -self.left_frames:]
            outs.append(y)
        return ops.concat(outs, axis=1)[:, :t]


def make():
    np.random.seed(12)
    x = Tensor(np.random.randn(2, 14, 16).astype(np.float32))
    return ChunkedEncoder(), (x,)
