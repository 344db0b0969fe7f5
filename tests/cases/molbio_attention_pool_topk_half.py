# case: attention pooling over atoms keeps the top half of the real atoms, k computed from the padding mask -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopHalfAtomPool(nn.Cell):
    def __init__(self, dim=16, keep_ratio=0.5):
        super().__init__()
        self.score = nn.Dense(dim, 1)
        self.keep_ratio = keep_ratio

    def num_keep(self, mask):
        n_real = mask.astype(ms.float32).sum()
        return ops.maximum(n_real * self.keep_ratio, 1.0).astype(ms.int32)

    def construct(self, h, mask):
        s = self.score(h).squeeze(-1)
        s = ops.where(mask, s, ops.full_like(s, -1e9))
        k = self.num_keep(mask)
        top_s, top_i = ops.topk(s, k)
        w = ops.softmax(top_s, axis=0)
        return (h[top_i] * w[:, None]).sum(0)


def make():
    np.random.seed(10)
    h = Tensor(np.random.randn(8, 16).astype(np.float32))
    mask = Tensor(np.array([1, 1, 1, 1, 1, 1, 0, 0], dtype=np.bool_))
    return TopHalfAtomPool(), (h, mask)
