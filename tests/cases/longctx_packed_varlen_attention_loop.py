# case: packed variable-length attention that loops over cu_seqlens and slices each sequence out of the packed token buffer -> dynamic shape at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VarlenAttention(nn.Cell):
    """Per-sequence attention over a packed (total_tokens, dim) buffer."""

    def __init__(self, dim=8, max_seqs=3):
        super().__init__()
        self.max_seqs = max_seqs
        self.wq = nn.Dense(dim, dim, has_bias=False)
        self.wk = nn.Dense(dim, dim, has_bias=False)
        self.wv = nn.Dense(dim, dim, has_bias=False)
        self.scale = dim ** -0.5

    def _attend(self, q, k, v):
        scores = ops.matmul(q, k.T) * self.scale
        return ops.matmul(ops.softmax(scores, axis=-1), v)

    def construct(self, tokens, cu_seqlens):
        q, k, v = self.wq(tokens), self.wk(tokens), self.wv(tokens)
        outs = []
        for i in range(self.max_seqs):
            start = cu_seqlens[i]
            end = cu_seqlens[i + 1]
            outs.append(self._attend(q[start:end], k[start:end], v[start:end]))
        return ops.concat(outs, axis=0)


def make():
    np.random.seed(1)
    tokens = Tensor(np.random.randn(10, 8).astype(np.float32))
    cu_seqlens = Tensor(np.array([0, 3, 7, 10], dtype=np.int32))
    return VarlenAttention(), (tokens, cu_seqlens)
