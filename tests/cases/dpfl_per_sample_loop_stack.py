# case: per-sample clipping in a Python loop over range(batch) from .shape, collecting clipped rows in a list and stacking -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoopClipper(nn.Cell):
    def __init__(self, clip_norm=1.0, return_norms=False):
        super().__init__()
        self.clip_norm = clip_norm
        self.return_norms = return_norms

    def _clip_one(self, g):
        n = ops.sqrt((g * g).sum() + 1e-12)
        return g * ops.minimum(self.clip_norm / n, 1.0), n

    def construct(self, per_sample_grads):
        clipped, norms = [], []
        for i in range(per_sample_grads.shape[0]):
            c, n = self._clip_one(per_sample_grads[i])
            clipped.append(c)
            norms.append(n)
        out = ops.stack(clipped).mean(axis=0)
        if self.return_norms:
            return out, ops.stack(norms)
        return out


def make():
    np.random.seed(32)
    g = Tensor((np.random.randn(5, 3) * 2).astype(np.float32))
    return LoopClipper(), (g,)
