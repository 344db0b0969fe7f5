# case: heavy-hitter KV cache eviction that keeps entries whose accumulated attention exceeds a budget threshold using masked_select -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeavyHitterCache(nn.Cell):
    def __init__(self, head_dim=4, threshold=0.1, keep_recent=2):
        super().__init__()
        self.head_dim = head_dim
        self.threshold = threshold
        self.keep_recent = keep_recent

    def keep_mask(self, acc_scores):
        n = acc_scores.shape[0]
        recent = ops.arange(n) >= (n - self.keep_recent)
        return ops.logical_or(acc_scores > self.threshold, recent)

    def construct(self, keys, values, acc_scores):
        mask = self.keep_mask(acc_scores).reshape(-1, 1)
        mask = ops.broadcast_to(mask, keys.shape)
        kept_k = ops.masked_select(keys, mask).reshape(-1, self.head_dim)
        kept_v = ops.masked_select(values, mask).reshape(-1, self.head_dim)
        return kept_k, kept_v


def make():
    np.random.seed(9)
    keys = Tensor(np.random.randn(6, 4).astype(np.float32))
    values = Tensor(np.random.randn(6, 4).astype(np.float32))
    acc = Tensor(np.array([0.3, 0.05, 0.2, 0.01, 0.02, 0.04], dtype=np.float32))
    return HeavyHitterCache(), (keys, values, acc)
