# case: prunes gaussians whose sigmoid opacity is below a threshold with boolean-mask indexing of the parameter tensors -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OpacityPruner(nn.Cell):
    def __init__(self, min_opacity=0.005, max_scale=0.5):
        super().__init__()
        self.min_opacity = min_opacity
        self.max_scale = max_scale

    def construct(self, means, log_scales, opacity_logits):
        opacity = ops.sigmoid(opacity_logits).squeeze(-1)
        scales = ops.exp(log_scales)
        too_big = scales.max(axis=1) > self.max_scale
        keep = ops.logical_and(opacity > self.min_opacity, ops.logical_not(too_big))
        kept_means = means[keep]
        kept_scales = log_scales[keep]
        kept_opacity = opacity_logits[keep]
        return kept_means, kept_scales, kept_opacity


def make():
    np.random.seed(1)
    means = Tensor(np.random.randn(32, 3).astype(np.float32))
    log_scales = Tensor(np.random.uniform(-4, 0, (32, 3)).astype(np.float32))
    logits = Tensor(np.random.uniform(-8, 3, (32, 1)).astype(np.float32))
    return OpacityPruner(), (means, log_scales, logits)
