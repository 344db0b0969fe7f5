# case: a plain Python config class holds densify/prune thresholds; the Cell copies them in __init__ and computes fixed-size densify/prune flags in construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GSConfig:
    def __init__(self, densify_grad=0.0002, prune_opacity=0.005, percent_dense=0.01, extent=5.0):
        self.densify_grad = densify_grad
        self.prune_opacity = prune_opacity
        self.percent_dense = percent_dense
        self.extent = extent

    def split_size(self):
        return self.percent_dense * self.extent


class DensifyPruneFlags(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else GSConfig()
        self.grad_thr = cfg.densify_grad
        self.op_thr = cfg.prune_opacity
        self.size_thr = cfg.split_size()

    def construct(self, avg_grad, log_scales, opacity_logits):
        big_grad = avg_grad >= self.grad_thr
        large = ops.exp(log_scales).max(axis=1) > self.size_thr
        clone = ops.logical_and(big_grad, ops.logical_not(large))
        split = ops.logical_and(big_grad, large)
        prune = ops.sigmoid(opacity_logits) < self.op_thr
        return ops.stack([clone, split, prune], axis=1).astype(ms.int32)


def make():
    np.random.seed(38)
    g = Tensor(np.random.uniform(0, 0.0005, (17,)).astype(np.float32))
    ls = Tensor(np.random.uniform(-6, -2, (17, 3)).astype(np.float32))
    logits = Tensor(np.random.uniform(-7, 2, (17,)).astype(np.float32))
    return DensifyPruneFlags(GSConfig(extent=3.0)), (g, ls, logits)
