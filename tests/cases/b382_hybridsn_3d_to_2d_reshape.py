# case: HybridSN block folds the spectral depth of a Conv3d output into channels with a reshape computed from x.shape, then a Conv2d subclass with padding from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HybridSNConfig:
    def __init__(self, num_bands=12, patch_size=7, c3d=(4, 8), kernel_depths=(5, 3), c2d=16, num_classes=8):
        self.num_bands = num_bands
        self.patch_size = patch_size
        self.c3d = c3d
        self.kernel_depths = kernel_depths
        self.c2d = c2d
        self.num_classes = num_classes


def spectral_depth_after(num_bands, depths):
    for d in depths:
        num_bands = num_bands - d + 1
    return num_bands


class SpatialConv(nn.Conv2d):
    def __init__(self, in_ch, out_ch, **kwargs):
        kwargs.setdefault("pad_mode", "same")
        super().__init__(in_ch, out_ch, kernel_size=3, **kwargs)


class HybridSN(nn.Cell):
    def __init__(self, config):
        super().__init__()
        chans = (1,) + tuple(config.c3d)
        self.convs3d = nn.CellList([
            nn.Conv3d(cin, cout, kernel_size=(d, 3, 3), pad_mode="pad", padding=(0, 0, 1, 1, 1, 1))
            for cin, cout, d in zip(chans[:-1], chans[1:], config.kernel_depths)])
        depth = spectral_depth_after(config.num_bands, config.kernel_depths)
        self.conv2d = SpatialConv(config.c3d[-1] * depth, config.c2d)
        self.fc = nn.Dense(config.c2d, config.num_classes)

    def construct(self, patches):
        x = patches.expand_dims(1)
        for conv in self.convs3d:
            x = ops.relu(conv(x))
        b, c, d, h, w = x.shape
        x = x.reshape(b, c * d, h, w)
        x = ops.relu(self.conv2d(x))
        return self.fc(x.mean(axis=(2, 3)))


def make():
    np.random.seed(3858)
    cfg = HybridSNConfig()
    x = Tensor(np.random.rand(2, cfg.num_bands, cfg.patch_size, cfg.patch_size).astype(np.float32))
    return HybridSN(cfg), (x,)
