# case: effect rack built from a config list into an nn.CellList and applied in a constant for-loop over the rack -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Gain(nn.Cell):
    def __init__(self, db):
        super().__init__()
        self.g = float(10 ** (db / 20))

    def construct(self, x):
        return x * self.g


class SoftClip(nn.Cell):
    def __init__(self, drive):
        super().__init__()
        self.drive = drive

    def construct(self, x):
        return ops.tanh(self.drive * x) / np.tanh(self.drive)


class DCBlock(nn.Cell):
    def construct(self, x):
        return x - x.mean(axis=-1, keep_dims=True)


class EffectRack(nn.Cell):
    def __init__(self, config=(("gain", 3.0), ("clip", 2.0), ("dc", None), ("gain", -6.0))):
        super().__init__()
        makers = {"gain": Gain, "clip": SoftClip, "dc": lambda _: DCBlock()}
        self.rack = nn.CellList([makers[name](arg) for name, arg in config])

    def construct(self, x):
        for fx in self.rack:
            x = fx(x)
        return x


def make():
    np.random.seed(36)
    x = Tensor((0.3 * np.random.randn(2, 50)).astype(np.float32))
    return EffectRack(), (x,)
