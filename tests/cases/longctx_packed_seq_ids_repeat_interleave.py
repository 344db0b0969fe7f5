# case: packed-sequence attention that builds per-token sequence ids with repeat_interleave over the seqlens tensor and masks cross-sequence attention -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PackedBlockDiagonalAttention(nn.Cell):
    def __init__(self, dim=8, causal=True):
        super().__init__()
        self.causal = causal
        self.qkv = nn.Dense(dim, 3 * dim)
        self.scale = dim ** -0.5

    def segment_mask(self, seqlens):
        ids = ops.arange(seqlens.shape[0])
        seq_ids = ops.repeat_interleave(ids, seqlens, 0)
        mask = seq_ids.reshape(-1, 1) == seq_ids.reshape(1, -1)
        if self.causal:
            n = seq_ids.shape[0]
            mask = ops.logical_and(mask, ops.tril(ops.ones((n, n), ms.int32)) > 0)
        return mask

    def construct(self, tokens, seqlens):
        q, k, v = ops.split(self.qkv(tokens), tokens.shape[-1], axis=-1)
        scores = ops.matmul(q, k.T) * self.scale
        scores = ops.masked_fill(scores, ~self.segment_mask(seqlens), -1e9)
        return ops.matmul(ops.softmax(scores, axis=-1), v)


def make():
    np.random.seed(19)
    tokens = Tensor(np.random.randn(9, 8).astype(np.float32))
    seqlens = Tensor(np.array([3, 4, 2], dtype=np.int32))
    return PackedBlockDiagonalAttention(), (tokens, seqlens)
