# case: memory-efficient chunked causal attention with a Python for loop over query chunks whose count and bounds come from the static shape and chunk_size config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChunkedCausalAttention(nn.Cell):
    def __init__(self, dim=8, query_chunk_size=3):
        super().__init__()
        self.chunk = query_chunk_size
        self.qkv = nn.Dense(dim, 3 * dim)

    def attend(self, q, k, v, q_start):
        qn, kn = q.shape[1], k.shape[1]
        qi = ops.arange(qn).reshape(-1, 1) + q_start
        kj = ops.arange(kn).reshape(1, -1)
        scores = ops.matmul(q, k.swapaxes(1, 2)) * (q.shape[-1] ** -0.5)
        scores = ops.masked_fill(scores, kj > qi, -1e9)
        return ops.matmul(ops.softmax(scores, axis=-1), v)

    def construct(self, x):
        s, d = x.shape[1], x.shape[2]
        q, k, v = ops.split(self.qkv(x), d, axis=-1)
        outs = []
        for start in range(0, s, self.chunk):
            end = min(start + self.chunk, s)
            outs.append(self.attend(q[:, start:end], k[:, :end], v[:, :end], start))
        return ops.concat(outs, axis=1)


def make():
    np.random.seed(37)
    x = Tensor(np.random.randn(2, 8, 8).astype(np.float32))
    return ChunkedCausalAttention(), (x,)
