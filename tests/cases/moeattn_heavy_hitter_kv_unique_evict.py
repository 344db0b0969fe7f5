# case: heavy-hitter KV cache eviction taking the union of per-head top-scoring positions with unique, then gathering kept keys/values -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeavyHitterCache(nn.Cell):
    def __init__(self, num_heads=4, head_dim=8, keep_per_head=3, recent_window=2):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = head_dim
        self.keep_per_head = keep_per_head
        self.recent_window = recent_window

    def _select_positions(self, acc_scores):
        # acc_scores: [heads, seq]
        seq_len = acc_scores.shape[-1]
        _, top_idx = ops.topk(acc_scores, self.keep_per_head)
        recent = ops.arange(seq_len - self.recent_window, seq_len, dtype=ms.int32)
        recent = recent.broadcast_to((self.num_heads, self.recent_window))
        cand = ops.concat((top_idx.astype(ms.int32), recent), axis=1).reshape(-1)
        kept, _ = ops.unique(cand)
        return ops.sort(kept)[0]

    def construct(self, q, k, v):
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / (self.head_dim ** 0.5)
        attn = ops.softmax(scores, axis=-1)
        acc = attn.sum(axis=1)
        keep_pos = self._select_positions(acc)
        k_kept = ops.gather(k, keep_pos, 1)
        v_kept = ops.gather(v, keep_pos, 1)
        out = ops.matmul(attn, v)
        return out, k_kept, v_kept


def make():
    np.random.seed(3)
    q = Tensor(np.random.randn(4, 5, 8).astype(np.float32))
    k = Tensor(np.random.randn(4, 12, 8).astype(np.float32))
    v = Tensor(np.random.randn(4, 12, 8).astype(np.float32))
    return HeavyHitterCache(), (q, k, v)
