# case: row-pruned Dense subclass stores a boolean row mask computed from weight norms at build time and selects the surviving rows with weight[row_mask] inside construct -> expected dynamic shape (boolean-mask indexing)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowPruneConfig:
    def __init__(self, prune_ratio=0.25, recompute_mask=False):
        self.prune_ratio = prune_ratio
        self.recompute_mask = recompute_mask


def norm_row_mask(weight_np, ratio):
    norms = np.linalg.norm(weight_np, axis=1)
    return norms > np.quantile(norms, ratio)


class RowPrunedDense(nn.Dense):
    def __init__(self, in_channels, out_channels, config=None):
        super().__init__(in_channels, out_channels)
        self.config = RowPruneConfig() if config is None else config
        self.row_mask = Tensor(norm_row_mask(self.weight.asnumpy(), self.config.prune_ratio))

    def construct(self, x):
        mask = self.row_mask
        if self.config.recompute_mask:
            norms = ops.sqrt((self.weight * self.weight).sum(axis=1))
            mask = norms > norms.mean()
        w = self.weight[mask]
        b = self.bias[mask]
        return ops.matmul(x, w.T) + b


def make():
    np.random.seed(3801)
    cell = RowPrunedDense(16, 8)
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return cell, (x,)
