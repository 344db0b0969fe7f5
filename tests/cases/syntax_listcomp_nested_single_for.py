# case: near miss: nested comprehensions, each with one `for`, and one comprehension with an `if`
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrossViewLoss(nn.Cell):
    def __init__(self, views=3):
        super().__init__()
        self.views = views

    def construct(self, feats):
        rows = [[ops.mse_loss(feats[a], feats[b]) for b in range(self.views)] for a in range(2)]
        kept = [feats[v] for v in range(self.views) if v > 0]
        return ops.stack([ops.stack(r) for r in rows]).sum() + ops.stack(kept).sum()


def make():
    np.random.seed(1)
    return CrossViewLoss(), (Tensor(np.random.randn(3, 4).astype(np.float32)),)
