# case: structured pruning keeps the top-k filters by L1 score where k = int(keep_ratio * out_channels) is computed from the config at build time; int() looks like a tensor read but is plain Python -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompressionConfig:
    def __init__(self, hidden=16, out=12, keep_ratio=0.5, return_indices=False):
        self.hidden = hidden
        self.out = out
        self.keep_ratio = keep_ratio
        self.return_indices = return_indices


def keep_count(total, ratio, floor=1):
    return max(floor, int(total * ratio))


class TopKPrunedDense(nn.Dense):
    def __init__(self, config):
        super().__init__(config.hidden, config.out)
        self.k = keep_count(config.out, config.keep_ratio)
        self.return_indices = config.return_indices

    def construct(self, x):
        h = super().construct(x)
        scores = ops.abs(self.weight).sum(axis=1)
        _, idx = ops.topk(scores, self.k)
        kept = ops.gather(h, idx, 1)
        outputs = (kept,) + (idx,) if self.return_indices else (kept,)
        return outputs


def make():
    np.random.seed(3776)
    cell = TopKPrunedDense(CompressionConfig())
    x = Tensor(np.random.randn(3, 16).astype(np.float32))
    return cell, (x,)
