# case: wraps topk in try/except to fall back to the full vocabulary when k exceeds the vocab size -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeTopK(nn.Cell):
    def __init__(self, top_k=50):
        super().__init__()
        self.top_k = top_k

    def construct(self, logits):
        try:
            vals, idx = ops.topk(logits, self.top_k)
        except ValueError:
            vals, idx = ops.sort(logits, axis=-1, descending=True)
        return vals[..., -1], idx[..., 0]


def make():
    np.random.seed(33)
    logits = Tensor(np.random.randn(2, 10).astype(np.float32))
    return SafeTopK(top_k=5), (logits,)
