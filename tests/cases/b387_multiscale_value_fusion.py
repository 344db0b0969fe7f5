# case: value features fused from several backbone scales by zipping an nn.CellList of projection convs with the feature tuple and config strides, pooled to a common size -> loops over Python structures; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_STRIDES = (1, 2, 4)


class FusionConfig:
    def __init__(self, in_dims=(4, 8, 16), value_dim=8, strides=DEFAULT_STRIDES, residual=False):
        self.in_dims = in_dims
        self.value_dim = value_dim
        self.strides = strides
        self.residual = residual


class MultiScaleValueFusion(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.projs = nn.CellList([nn.Conv2d(c, config.value_dim, 1, has_bias=True) for c in config.in_dims])
        self.pools = nn.CellList([nn.AvgPool2d(kernel_size=s, stride=s) if s > 1 else nn.Identity()
                                  for s in config.strides])
        self.residual = getattr(config, "residual", False)

    def construct(self, *feats):
        fused = None
        for i, (proj, pool, f) in enumerate(zip(self.projs, self.pools, feats)):
            v = pool(proj(f)) if i == 0 else proj(f)
            fused = v if fused is None else fused + v
        return fused / len(self.projs)


class DownsampleFirst(MultiScaleValueFusion):
    def construct(self, f4, f8, f16):
        return super().construct(self.pools[2](f4), self.pools[1](f8), f16)


def make():
    np.random.seed(3904)
    f4 = Tensor(np.random.randn(1, 4, 16, 16).astype(np.float32))
    f8 = Tensor(np.random.randn(1, 8, 8, 8).astype(np.float32))
    f16 = Tensor(np.random.randn(1, 16, 4, 4).astype(np.float32))
    return DownsampleFirst(FusionConfig()), (f4, f8, f16)
