# case: flash-style chunked attention with online softmax that only loops over key chunks covering the valid length (range over a tensor) -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChunkedAttention(nn.Cell):
    def __init__(self, head_dim=8, chunk_size=4):
        super().__init__()
        self.chunk_size = chunk_size
        self.scale = head_dim ** -0.5

    def _num_valid_chunks(self, valid_len):
        return (valid_len + self.chunk_size - 1) // self.chunk_size

    def _merge(self, acc, row_max, row_sum, scores, v_chunk):
        new_max = ops.maximum(row_max, scores.max(axis=-1, keepdims=True))
        correction = ops.exp(row_max - new_max)
        p = ops.exp(scores - new_max)
        acc = acc * correction + ops.matmul(p, v_chunk)
        row_sum = row_sum * correction + p.sum(axis=-1, keepdims=True)
        return acc, new_max, row_sum

    def construct(self, q, k, v, valid_len):
        q = q * self.scale
        acc = ops.zeros_like(q)
        row_max = ops.full((q.shape[0], q.shape[1], 1), -1e9, dtype=ms.float32)
        row_sum = ops.zeros((q.shape[0], q.shape[1], 1), ms.float32)
        n_chunks = self._num_valid_chunks(valid_len)
        for i in range(n_chunks):
            start = i * self.chunk_size
            k_c = k[:, start:start + self.chunk_size]
            v_c = v[:, start:start + self.chunk_size]
            scores = ops.matmul(q, k_c.swapaxes(-1, -2))
            acc, row_max, row_sum = self._merge(acc, row_max, row_sum, scores, v_c)
        return acc / row_sum


def make():
    np.random.seed(10)
    q = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    k = Tensor(np.random.randn(2, 16, 8).astype(np.float32))
    v = Tensor(np.random.randn(2, 16, 8).astype(np.float32))
    return ChunkedAttention(), (q, k, v, Tensor(10, ms.int32))
