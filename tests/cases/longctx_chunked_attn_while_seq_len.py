# case: chunked local attention that walks the sequence in fixed chunks with a while loop bounded by a length tensor and pools each chunk into a running summary -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChunkedSummaryAttention(nn.Cell):
    def __init__(self, dim=8, chunk_size=4):
        super().__init__()
        self.chunk_size = chunk_size
        self.qkv = nn.Dense(dim, 3 * dim)
        self.scale = dim ** -0.5

    def attend_chunk(self, chunk):
        q, k, v = ops.split(self.qkv(chunk), chunk.shape[-1], axis=-1)
        w = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) * self.scale, axis=-1)
        return ops.matmul(w, v)

    def construct(self, x, seq_len):
        summary = ops.zeros((x.shape[0], x.shape[2]), ms.float32)
        start = 0
        n_chunks = 0
        while start < seq_len:
            chunk = x[:, start:start + self.chunk_size]
            summary = summary + self.attend_chunk(chunk).mean(axis=1)
            start = start + self.chunk_size
            n_chunks = n_chunks + 1
        return summary / n_chunks


def make():
    np.random.seed(8)
    x = Tensor(np.random.randn(2, 12, 8).astype(np.float32))
    seq_len = Tensor(10, ms.int32)
    return ChunkedSummaryAttention(), (x, seq_len)
