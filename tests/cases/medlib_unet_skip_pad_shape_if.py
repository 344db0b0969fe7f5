# case: UNet up-block pads the upsampled tensor to the skip connection's size when shapes differ (if on .shape, odd input sizes) then concatenates -> shape-only condition and pad sizes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UpBlockConfig:
    def __init__(self, in_ch=8, skip_ch=4, out_ch=4, upsample="nontrainable", align_corners=None):
        self.in_ch = in_ch
        self.skip_ch = skip_ch
        self.out_ch = out_ch
        self.upsample = upsample
        self.align_corners = align_corners


class UpCat(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.upsample = config.upsample
        self.reduce = nn.Conv3d(config.in_ch, config.in_ch // 2, 1, has_bias=True)
        self.conv = nn.Conv3d(config.in_ch // 2 + config.skip_ch, config.out_ch, 3, pad_mode="same", has_bias=True)
        self.act = nn.ReLU()

    def _upsample(self, x):
        size = tuple(2 * s for s in x.shape[2:])
        return self.reduce(ops.interpolate(x, size=size, mode="nearest"))

    def construct(self, x, skip=None):
        up = self._upsample(x)
        if skip is None:
            return self.act(up)
        if up.shape[2:] != skip.shape[2:]:
            pads = ()
            for u, s in zip(reversed(up.shape[2:]), reversed(skip.shape[2:])):
                pads = pads + (0, s - u)
            up = ops.pad(up, pads, mode="replicate")
        return self.act(self.conv(ops.cat((up, skip), axis=1)))


def make():
    np.random.seed(21)
    x = Tensor(np.random.randn(1, 8, 4, 4, 4).astype(np.float32))
    skip = Tensor(np.random.randn(1, 4, 9, 9, 8).astype(np.float32))
    return UpCat(UpBlockConfig()), (x, skip)
