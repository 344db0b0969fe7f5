# case: token pruning that keeps the top-k scored tokens where k is the count of non-padding tokens times a keep ratio, computed from the attention mask tensor -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ImportancePruner(nn.Cell):
    def __init__(self, dim=8, keep_ratio=0.5):
        super().__init__()
        self.keep_ratio = keep_ratio
        self.score = nn.Dense(dim, 1)

    def budget(self, attention_mask):
        n_real = attention_mask.sum()
        return (n_real.astype(ms.float32) * self.keep_ratio).astype(ms.int32)

    def construct(self, hidden, attention_mask):
        scores = self.score(hidden).squeeze(-1)
        scores = ops.masked_fill(scores, attention_mask == 0, -1e9)
        k = self.budget(attention_mask)
        _, idx = ops.topk(scores, k)
        idx = ops.sort(idx.astype(ms.float32))[0].astype(ms.int32)
        return ops.gather(hidden, idx, 0)


def make():
    np.random.seed(17)
    hidden = Tensor(np.random.randn(8, 8).astype(np.float32))
    mask = Tensor(np.array([1, 1, 1, 1, 1, 1, 0, 0], dtype=np.int32))
    return ImportancePruner(), (hidden, mask)
