# case: plain Python PitchConfig object created in __init__ and only read in construct to normalise positions into [0,1] -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PitchConfig:
    def __init__(self, length=105.0, width=68.0, flip_second_half=True):
        self.length = length
        self.width = width
        self.flip_second_half = flip_second_half


class PositionNormaliser(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else PitchConfig()
        self.scale = Tensor(np.array([self.cfg.length, self.cfg.width], np.float32))

    def construct(self, xy, second_half):
        norm = xy / self.scale
        if self.cfg.flip_second_half:
            flipped = 1.0 - norm
            norm = ops.where(second_half, flipped, norm)
        return norm


def make():
    np.random.seed(37)
    xy = (np.random.rand(22, 2) * [105, 68]).astype(np.float32)
    return PositionNormaliser(), (Tensor(xy), Tensor(np.array(True)))
