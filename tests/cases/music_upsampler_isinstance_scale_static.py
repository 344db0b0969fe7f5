# case: mel upsampler accepting an int or tuple of scale factors (isinstance guard on config) with interpolate and smoothing convs -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InterpConvUp(nn.Cell):
    def __init__(self, channels, scale, mode="nearest"):
        super().__init__()
        self.scale = scale
        self.mode = mode
        self.conv = nn.Conv2d(1, 1, (3, 2 * scale + 1), pad_mode="same", has_bias=False)

    def construct(self, x):
        b, c, t = x.shape
        x = ops.interpolate(x.expand_dims(1), size=(c, t * self.scale), mode=self.mode)
        return self.conv(x).squeeze(1)


class MelUpsampler(nn.Cell):
    def __init__(self, n_mels=8, scales=4, pre_pad=None):
        super().__init__()
        if isinstance(scales, int):
            scales = (scales,)
        self.stages = nn.CellList([InterpConvUp(n_mels, s) for s in scales])
        self.pre_pad = pre_pad
        self.total = int(np.prod(scales))

    def construct(self, mel):
        if self.pre_pad is not None:
            mel = ops.pad(mel, (self.pre_pad, self.pre_pad), mode="replicate")
        for stage in self.stages:
            mel = stage(mel)
        return ops.leaky_relu(mel, 0.4)


def make():
    np.random.seed(34)
    mel = Tensor(np.random.randn(2, 8, 6).astype(np.float32))
    return MelUpsampler(scales=(2, 3)), (mel,)
