# case: marks low-opacity and oversized gaussians for pruning and multiplies a float keep-mask into the parameters instead of removing rows -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedPrune(nn.Cell):
    def __init__(self, min_opacity=0.005, extent=3.0, big_ratio=0.1):
        super().__init__()
        self.min_opacity = min_opacity
        self.max_world_size = big_ratio * extent

    def keep_mask(self, opacity_logits, log_scales):
        opacity = ops.sigmoid(opacity_logits)
        big = ops.exp(log_scales).max(axis=-1, keepdims=True) > self.max_world_size
        weak = opacity < self.min_opacity
        return ops.logical_not(ops.logical_or(big, weak)).astype(ms.float32)

    def construct(self, means, log_scales, opacity_logits):
        keep = self.keep_mask(opacity_logits, log_scales)
        means = means * keep
        opacity_logits = opacity_logits * keep + (1.0 - keep) * (-20.0)
        return means, opacity_logits, keep.sum()


def make():
    np.random.seed(16)
    means = Tensor(np.random.randn(26, 3).astype(np.float32))
    log_scales = Tensor(np.random.uniform(-5, -1, (26, 3)).astype(np.float32))
    logits = Tensor(np.random.uniform(-8, 4, (26, 1)).astype(np.float32))
    return MaskedPrune(), (means, log_scales, logits)
