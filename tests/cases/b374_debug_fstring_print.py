# case: frame interpolation UNet logs per-block activations with print(f"...{h.shape} mean={h.mean()}") because config.debug defaults to True -> f-string with tensor in construct, expected error or static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UNetConfig:
    def __init__(self, channels=(8, 16), in_channels=6, debug=True):
        self.channels = channels
        self.in_channels = in_channels
        self.debug = debug


class DownBlock(nn.Conv2d):
    def __init__(self, cin, cout):
        super().__init__(cin, cout, 3, stride=2, pad_mode="same")
        self.act = nn.LeakyReLU(0.2)

    def construct(self, x):
        return self.act(super().construct(x))


class DebugMixin:
    def log_block(self, idx, h):
        if self.debug:
            print(f"[interp-unet] block {idx}: shape={h.shape} mean={h.mean()}")


class InterpEncoder(nn.Cell, DebugMixin):
    def __init__(self, config):
        super().__init__()
        self.debug = config.debug
        chans = (config.in_channels,) + tuple(config.channels)
        self.blocks = nn.CellList([DownBlock(a, b) for a, b in zip(chans[:-1], chans[1:])])

    def construct(self, frame0, frame1):
        h = ops.cat((frame0, frame1), axis=1)
        feats = ()
        for i, blk in enumerate(self.blocks):
            h = blk(h)
            self.log_block(i, h)
            feats = feats + (h,)
        return feats


def make():
    np.random.seed(37412)
    a = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    b = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    return InterpEncoder(UNetConfig()), (a, b)
