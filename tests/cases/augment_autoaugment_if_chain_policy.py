# case: AutoAugment sub-policy selected by a sampled index compared in an if/elif chain; every branch keeps the image shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def solarize(x, threshold):
    return ops.where(x >= threshold, 1.0 - x, x)


def equalize_like(x):
    lo = x.min(axis=(-2, -1), keepdims=True)
    hi = x.max(axis=(-2, -1), keepdims=True)
    return (x - lo) / (hi - lo + 1e-5)


class AutoAugmentPolicy(nn.Cell):
    def __init__(self, num_policies=3, solarize_threshold=0.6, contrast=1.5):
        super().__init__()
        self.num_policies = num_policies
        self.solarize_threshold = solarize_threshold
        self.contrast = contrast

    def construct(self, x):
        policy = ops.randint(0, self.num_policies, ())
        if policy == 0:
            out = solarize(x, self.solarize_threshold)
        elif policy == 1:
            out = equalize_like(x)
        else:
            mean = x.mean(axis=(-2, -1), keep_dims=True)
            out = ops.clamp((x - mean) * self.contrast + mean, 0.0, 1.0)
        return out


def make():
    np.random.seed(24)
    x = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    return AutoAugmentPolicy(), (x,)
