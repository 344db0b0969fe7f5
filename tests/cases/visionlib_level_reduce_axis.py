# case: multi-level feature aggregator reduces the stacked pyramid along an axis that arrives as a tensor from the caller's pipeline config -> reduce axis from a tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AggCfg:
    mode = "mean"
    refine_level = 1


class BalancedFeatureAggregator(nn.Cell):
    """BFP-style: resize all levels to refine_level, then average them."""

    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else AggCfg()
        self.refine_level = cfg.refine_level
        self.mode = cfg.mode

    def _gather_levels(self, feats):
        size = feats[self.refine_level].shape[2:]
        return ops.stack([ops.interpolate(f, size=size, mode="nearest") for f in feats])

    def construct(self, feats, level_axis):
        stacked = self._gather_levels(feats)
        axis = int(level_axis)
        if self.mode == "mean":
            return stacked.mean(axis=axis)
        return stacked.max(axis=axis)


def make():
    np.random.seed(3368)
    feats = tuple(Tensor(np.random.randn(1, 8, s, s).astype(np.float32)) for s in (16, 8, 4))
    return BalancedFeatureAggregator(), (feats, Tensor(0, ms.int32))
