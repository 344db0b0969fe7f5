# case: residual-based adaptive sampler keeps a fixed fraction of collocation points, count from the batch shape and config ratio -> k is a compile-time constant, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class RARConfig:
    def __init__(self, keep_ratio=0.25, min_keep=4, max_keep: Optional[int] = None):
        self.keep_ratio = keep_ratio
        self.min_keep = min_keep
        self.max_keep = max_keep


class ResidualAdaptiveRefinement(nn.Cell):
    """RAR-style resampling: score points by |r| and keep the worst ones."""

    def __init__(self, config: RARConfig):
        super().__init__()
        self.keep_ratio = config.keep_ratio
        self.min_keep = config.min_keep
        self.max_keep = config.max_keep

    def _num_to_keep(self, n_points):
        k = max(self.min_keep, int(n_points * self.keep_ratio))
        if self.max_keep is not None:
            k = min(k, self.max_keep)
        return k

    def construct(self, points, residual):
        score = ops.abs(residual).sum(axis=-1)
        k = self._num_to_keep(points.shape[0])
        vals, idx = ops.topk(score, k)
        weights = vals / (vals.sum() + 1e-8)
        return ops.gather(points, idx, 0), weights


def make():
    np.random.seed(2)
    pts = Tensor(np.random.rand(80, 2).astype(np.float32))
    res = Tensor(np.random.randn(80, 1).astype(np.float32))
    return ResidualAdaptiveRefinement(RARConfig()), (pts, res)
