# case: multi-crop grouping that finds the distinct crop resolutions with ops.unique on a tensor of widths and counts crops per resolution -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiCropGrouping(nn.Cell):
    def __init__(self, feat_dim=8, return_counts=True):
        super().__init__()
        self.proj = nn.Dense(feat_dim, feat_dim)
        self.return_counts = return_counts

    def _resolution_groups(self, widths):
        uniq, idx = ops.unique(widths)
        counts = ops.zeros_like(uniq)
        counts = ops.tensor_scatter_add(counts, idx.expand_dims(-1), ops.ones_like(idx))
        return uniq, counts

    def construct(self, feats, widths):
        uniq, counts = self._resolution_groups(widths)
        out = self.proj(feats)
        if self.return_counts:
            return out, uniq, counts
        return (out,)


def make():
    np.random.seed(3669)
    feats = Tensor(np.random.randn(5, 8).astype(np.float32))
    widths = Tensor(np.array([224, 224, 96, 96, 96], np.int32))
    return MultiCropGrouping(), (feats, widths)
