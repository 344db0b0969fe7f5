# case: channel-first LayerNorm2d subclass of nn.LayerNorm (permute to NHWC, call super().construct, permute back) used in a change-fusion block -> shape-driven permutes, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FusionConfig:
    channels = 8
    eps = 1e-6
    use_norm = True


class LayerNorm2d(nn.LayerNorm):
    def __init__(self, num_channels, eps=1e-6):
        super().__init__((num_channels,), begin_norm_axis=-1, begin_params_axis=-1, epsilon=eps)

    def construct(self, x):
        x = x.transpose(0, 2, 3, 1)
        x = super().construct(x)
        return x.transpose(0, 3, 1, 2)


class NormedFusion(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_norm = config.use_norm
        self.norm = LayerNorm2d(2 * config.channels, config.eps) if self.use_norm else nn.Identity()
        self.proj = nn.Conv2d(2 * config.channels, config.channels, 1)

    def construct(self, feat_t1, feat_t2):
        x = ops.cat((feat_t1, feat_t2), axis=1)
        x = self.norm(x)
        return self.proj(x) + ops.abs(feat_t1 - feat_t2)


def make():
    np.random.seed(43)
    a = Tensor(np.random.randn(2, 8, 10, 10).astype(np.float32))
    b = Tensor(np.random.randn(2, 8, 10, 10).astype(np.float32))
    return NormedFusion(FusionConfig()), (a, b)
