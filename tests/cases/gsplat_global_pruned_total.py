# case: accumulates the number of pruned gaussians into a module-level global counter from inside construct -> global state mutation in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PRUNED_TOTAL = 0


class CountingPruner(nn.Cell):
    def __init__(self, min_opacity=0.02):
        super().__init__()
        self.min_opacity = min_opacity

    def construct(self, opacity_logits):
        global PRUNED_TOTAL
        opacity = ops.sigmoid(opacity_logits)
        weak = opacity < self.min_opacity
        n = weak.astype(ms.int32).sum()
        PRUNED_TOTAL = PRUNED_TOTAL + n
        keep = ops.logical_not(weak).astype(ms.float32)
        return opacity * keep, n


def make():
    np.random.seed(27)
    logits = Tensor(np.random.uniform(-7, 3, (30,)).astype(np.float32))
    return CountingPruner(), (logits,)
