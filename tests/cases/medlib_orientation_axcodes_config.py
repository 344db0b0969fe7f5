# case: Orientation transform Cell permutes and flips spatial axes to a target axcodes string from the config (source axcodes fixed at construction) -> permutation and flip axes are Python constants, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

AXCODE_PAIRS = {"L": ("L", "R"), "R": ("L", "R"), "P": ("P", "A"), "A": ("P", "A"), "S": ("S", "I"), "I": ("S", "I")}


class OrientConfig:
    def __init__(self, source="LPS", target="RAS"):
        self.source = source
        self.target = target


def ornt_transform(source, target):
    perm, flips = [], []
    for t in target:
        for i, s in enumerate(source):
            if AXCODE_PAIRS[s] == AXCODE_PAIRS[t]:
                perm.append(i)
                flips.append(s != t)
    return tuple(perm), tuple(i for i, f in enumerate(flips) if f)


class Orientation(nn.Cell):
    def __init__(self, config=OrientConfig()):
        super().__init__()
        perm, flip_axes = ornt_transform(config.source, config.target)
        self.perm = (0,) + tuple(p + 1 for p in perm)
        self.flip_axes = tuple(a + 1 for a in flip_axes)

    def construct(self, img):
        out = img.transpose(self.perm)
        if len(self.flip_axes) > 0:
            out = ops.flip(out, self.flip_axes)
        return out


def make():
    np.random.seed(29)
    img = Tensor(np.random.randn(1, 6, 7, 5).astype(np.float32))
    return Orientation(OrientConfig(source="PLS", target="RAS")), (img,)
