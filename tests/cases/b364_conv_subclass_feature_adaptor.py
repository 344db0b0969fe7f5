# case: nn.Conv2d subclass feature adaptor calls super().construct, adds a learnable per-channel scale Parameter created in a helper, and reads an optional flag via getattr default -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class AdaptorConfig:
    def __init__(self, in_channels=16, out_channels=16, use_scale=True):
        self.in_channels = in_channels
        self.out_channels = out_channels
        self.use_scale = use_scale


class FeatureAdaptor(nn.Conv2d):
    def __init__(self, config: AdaptorConfig, **kwargs):
        super().__init__(config.in_channels, config.out_channels, kernel_size=1, has_bias=True, **kwargs)
        self.use_scale = getattr(config, "use_scale", False)
        self.residual = getattr(config, "residual", config.in_channels == config.out_channels)
        self._init_scale(config.out_channels)

    def _init_scale(self, channels):
        self.scale = Parameter(Tensor(np.ones((1, channels, 1, 1), np.float32)), name="adaptor_scale")

    def construct(self, x):
        out = super().construct(x)
        if self.use_scale:
            out = out * self.scale
        if self.residual:
            out = out + x
        return out


class SimpleNetHead(nn.Cell):
    def __init__(self, config: AdaptorConfig):
        super().__init__()
        self.adaptor = FeatureAdaptor(config)
        self.discriminator = nn.SequentialCell([nn.Conv2d(config.out_channels, 8, 1), nn.LeakyReLU(0.2),
                                                nn.Conv2d(8, 1, 1)])

    def construct(self, features):
        return -self.discriminator(self.adaptor(features))


def make():
    np.random.seed(3675)
    net = SimpleNetHead(AdaptorConfig())
    feats = Tensor(np.random.randn(2, 16, 8, 8).astype(np.float32))
    return net, (feats,)
