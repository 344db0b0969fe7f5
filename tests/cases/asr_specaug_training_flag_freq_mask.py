# case: frequency masking applied only when self.training, with random band from ops.uniform and a fixed-size where mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FreqMask(nn.Cell):
    def __init__(self, max_width=5, num_masks=2, replace_with_mean=False):
        super().__init__()
        self.max_width = max_width
        self.num_masks = num_masks
        self.replace_with_mean = replace_with_mean

    def construct(self, spec):
        # spec: (B, T, F)
        if not self.training:
            return spec
        b, _, f = spec.shape
        fill = spec.mean(axis=(1, 2), keep_dims=True) if self.replace_with_mean else ops.zeros_like(spec)
        bins = ops.arange(f).astype(ms.float32).reshape(1, 1, f)
        for _ in range(self.num_masks):
            width = ops.floor(ops.rand((b, 1, 1)) * (self.max_width + 1))
            start = ops.floor(ops.rand((b, 1, 1)) * (f - width))
            band = ops.logical_and(bins >= start, bins < start + width)
            spec = ops.where(band, fill, spec)
        return spec


class AugmentedFrontEnd(nn.Cell):
    def __init__(self, feat_dim=20, dim=16):
        super().__init__()
        self.augment = FreqMask()
        self.proj = nn.Dense(feat_dim, dim)

    def construct(self, spec):
        return self.proj(self.augment(spec))


def make():
    np.random.seed(36)
    spec = Tensor(np.random.randn(2, 8, 20).astype(np.float32))
    net = AugmentedFrontEnd()
    net.set_train(True)
    return net, (spec,)
