# case: KV-cache compression keeping a fixed budget of positions (config) chosen by accumulated attention scores with topk, re-sorted and gathered with gather_elements -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScoreBasedKVEviction(nn.Cell):
    def __init__(self, head_dim=8, budget=5, keep_recent=2):
        super().__init__()
        self.budget = budget
        self.keep_recent = keep_recent
        self.scale = head_dim ** -0.5

    def _importance(self, q, k):
        attn = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) * self.scale, axis=-1)
        score = attn.sum(axis=-2)
        seq_len = k.shape[-2]
        recent = (ops.arange(seq_len) >= seq_len - self.keep_recent).astype(score.dtype)
        return score + recent * 1e4

    def _gather_positions(self, t, idx):
        idx = idx.expand_dims(-1).broadcast_to(idx.shape + (t.shape[-1],))
        return ops.gather_elements(t, 2, idx)

    def construct(self, q, k, v):
        if k.shape[-2] <= self.budget:
            return k, v
        score = self._importance(q, k)
        _, keep = ops.topk(score, self.budget)
        keep, _ = ops.sort(keep.astype(ms.float32), axis=-1)
        keep = keep.astype(ms.int32)
        return self._gather_positions(k, keep), self._gather_positions(v, keep)


def make():
    np.random.seed(30)
    q = Tensor(np.random.randn(1, 2, 3, 8).astype(np.float32))
    k = Tensor(np.random.randn(1, 2, 9, 8).astype(np.float32))
    v = Tensor(np.random.randn(1, 2, 9, 8).astype(np.float32))
    return ScoreBasedKVEviction(), (q, k, v)
