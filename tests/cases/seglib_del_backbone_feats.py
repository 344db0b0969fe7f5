# case: PSP-style decode head that deletes the intermediate pyramid pooling list with del to save memory before the bottleneck conv -> del statement inside construct (may be rejected by the graph parser)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PSPConfig:
    in_channels = 16
    channels = 8
    pool_scales = (1, 2, 4)
    num_classes = 4
    align_corners = False


class PPM(nn.CellList):
    def __init__(self, pool_scales, in_channels, channels):
        super().__init__([nn.SequentialCell([nn.AdaptiveAvgPool2d(s), nn.Conv2d(in_channels, channels, 1), nn.ReLU()]) for s in pool_scales])


class PSPHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.align_corners = config.align_corners
        self.psp_modules = PPM(config.pool_scales, config.in_channels, config.channels)
        total = config.in_channels + len(config.pool_scales) * config.channels
        self.bottleneck = nn.Conv2d(total, config.channels, 3, pad_mode="same")
        self.conv_seg = nn.Conv2d(config.channels, config.num_classes, 1, has_bias=True)

    def construct(self, x):
        psp_outs = [x]
        for ppm in self.psp_modules:
            psp_outs.append(ops.interpolate(ppm(x), size=x.shape[2:], mode="bilinear", align_corners=self.align_corners))
        fused = ops.cat(psp_outs, axis=1)
        del psp_outs
        return self.conv_seg(ops.relu(self.bottleneck(fused)))


def make():
    np.random.seed(3469)
    x = Tensor(np.random.randn(2, 16, 8, 8).astype(np.float32))
    return PSPHead(PSPConfig()), (x,)
