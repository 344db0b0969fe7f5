# case: packed attention that turns cu_seqlens into per-token segment ids by broadcasting comparisons over a fixed token range and masks cross-sequence scores -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def segment_ids_from_cu_seqlens(cu_seqlens, total_tokens):
    token = ops.arange(total_tokens, dtype=ms.int32).reshape(-1, 1)
    boundaries = cu_seqlens[1:].reshape(1, -1)
    return (token >= boundaries).astype(ms.int32).sum(axis=1)


class PackedSelfAttention(nn.Cell):
    def __init__(self, dim=8, dropout=0.0):
        super().__init__()
        self.qkv = nn.Dense(dim, 3 * dim)
        self.drop = nn.Dropout(p=dropout) if dropout > 0 else nn.Identity()
        self.scale = dim ** -0.5

    def construct(self, tokens, cu_seqlens):
        total = tokens.shape[0]
        seg = segment_ids_from_cu_seqlens(cu_seqlens, total)
        same_seq = seg.reshape(-1, 1) == seg.reshape(1, -1)
        q, k, v = ops.split(self.qkv(tokens), tokens.shape[1], axis=1)
        scores = ops.matmul(q, k.T) * self.scale
        scores = ops.where(same_seq, scores, ops.full_like(scores, -1e4))
        probs = self.drop(ops.softmax(scores, axis=-1))
        return ops.matmul(probs, v)


def make():
    np.random.seed(23)
    tokens = Tensor(np.random.randn(10, 8).astype(np.float32))
    cu = Tensor(np.array([0, 3, 7, 10], dtype=np.int32))
    return PackedSelfAttention(), (tokens, cu)
