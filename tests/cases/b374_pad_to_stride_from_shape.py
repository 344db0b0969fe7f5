# case: RIFE-style InputPadder pads frames to a multiple of the stride computed from x.shape and crops the interpolated frame back -> shapes are compile-time constants, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_STRIDE = 32


class InterpConfig:
    def __init__(self, stride=PAD_STRIDE, channels=3, hidden=8, pad_mode="replicate"):
        self.stride = stride
        self.channels = channels
        self.hidden = hidden
        self.pad_mode = pad_mode


def compute_padding(h, w, stride):
    ph = ((h - 1) // stride + 1) * stride - h
    pw = ((w - 1) // stride + 1) * stride - w
    return (pw // 2, pw - pw // 2, ph // 2, ph - ph // 2)


class PaddedInterpolator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.stride = config.stride
        self.pad_mode = getattr(config, "pad_mode", "constant")
        self.fuse = nn.Conv2d(2 * config.channels, config.channels, 3, pad_mode="same")

    def pad(self, x):
        h, w = x.shape[-2], x.shape[-1]
        pads = compute_padding(h, w, self.stride)
        return ops.pad(x, pads, mode=self.pad_mode), pads

    def unpad(self, x, pads):
        h, w = x.shape[-2], x.shape[-1]
        return x[..., pads[2]:h - pads[3], pads[0]:w - pads[1]]

    def construct(self, frame0, frame1, timestep=None):
        f0, pads = self.pad(frame0)
        f1, _ = self.pad(frame1)
        if timestep is None:
            timestep = 0.5
        mid = self.fuse(ops.cat((f0 * (1 - timestep), f1 * timestep), axis=1))
        return self.unpad(mid, pads)


def make():
    np.random.seed(37401)
    f0 = Tensor(np.random.rand(1, 3, 50, 70).astype(np.float32))
    f1 = Tensor(np.random.rand(1, 3, 50, 70).astype(np.float32))
    return PaddedInterpolator(InterpConfig()), (f0, f1)
