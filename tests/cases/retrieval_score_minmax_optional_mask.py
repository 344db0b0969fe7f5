# case: per-query min-max score normalisation with an optional candidate mask argument guarded by `is None` and a config-chosen method -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScoreNormalizer(nn.Cell):
    def __init__(self, method="minmax", eps=1e-6):
        super().__init__()
        self.method = method
        self.eps = eps

    def _minmax(self, s, valid):
        big = ops.full_like(s, 1e9)
        lo = ops.where(valid, s, big).min(axis=-1, keepdims=True)
        hi = ops.where(valid, s, -big).max(axis=-1, keepdims=True)
        return (s - lo) / (hi - lo + self.eps)

    def _softmax(self, s, valid):
        return ops.softmax(ops.where(valid, s, ops.full_like(s, -1e9)), axis=-1)

    def construct(self, scores, mask=None):
        if mask is None:
            valid = ops.ones_like(scores).astype(ms.bool_)
        else:
            valid = mask > 0
        if self.method == "minmax":
            out = self._minmax(scores, valid)
        else:
            out = self._softmax(scores, valid)
        return out * valid.astype(out.dtype)


def make():
    np.random.seed(30)
    s = Tensor(np.random.randn(3, 8).astype(np.float32))
    return ScoreNormalizer(), (s,)
