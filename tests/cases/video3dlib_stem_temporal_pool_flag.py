# case: 3-D conv stem with optional temporal max-pooling selected by a config flag (default off, never changed) -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StemConfig:
    in_channels = 3
    stem_width = 8
    temporal_kernel = 3
    use_temporal_pool = False
    use_spatial_pool = True


class Conv3dStem(nn.Cell):
    def __init__(self, config):
        super().__init__()
        k_t = config.temporal_kernel
        self.conv = nn.Conv3d(config.in_channels, config.stem_width, (k_t, 5, 5),
                              stride=(1, 2, 2), pad_mode="same", has_bias=False)
        self.bn = nn.BatchNorm3d(config.stem_width)
        self.act = nn.ReLU()
        self.use_temporal_pool = config.use_temporal_pool
        self.use_spatial_pool = config.use_spatial_pool
        self.temporal_pool = nn.MaxPool3d((2, 1, 1), (2, 1, 1)) if self.use_temporal_pool else None
        self.spatial_pool = nn.MaxPool3d((1, 2, 2), (1, 2, 2))

    def construct(self, x):
        x = self.act(self.bn(self.conv(x)))
        if self.temporal_pool is not None:
            x = self.temporal_pool(x)
        if self.use_spatial_pool:
            x = self.spatial_pool(x)
        return x


def make():
    np.random.seed(103)
    net = Conv3dStem(StemConfig())
    net.set_train(False)
    x = Tensor(np.random.randn(2, 3, 8, 32, 32).astype(np.float32))
    return net, (x,)
