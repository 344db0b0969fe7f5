# case: x8 self-ensemble test-time augmentation with flips/transposes chosen by config flags -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def _transform(x, hflip, vflip, rot):
    if hflip:
        x = ops.flip(x, (3,))
    if vflip:
        x = ops.flip(x, (2,))
    if rot:
        x = x.transpose(0, 1, 3, 2)
    return x


def _inverse(x, hflip, vflip, rot):
    if rot:
        x = x.transpose(0, 1, 3, 2)
    if vflip:
        x = ops.flip(x, (2,))
    if hflip:
        x = ops.flip(x, (3,))
    return x


class SelfEnsembleSR(nn.Cell):
    def __init__(self, channels=3, feats=8, use_rot=True):
        super().__init__()
        self.use_rot = use_rot
        self.net = nn.SequentialCell([
            nn.Conv2d(channels, feats, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(feats, channels, 3, pad_mode="same"),
        ])

    def construct(self, x):
        outs = []
        rots = (False, True) if self.use_rot else (False,)
        for rot in rots:
            for hflip in (False, True):
                for vflip in (False, True):
                    y = self.net(_transform(x, hflip, vflip, rot))
                    outs.append(_inverse(y, hflip, vflip, rot))
        return ops.stack(outs, axis=0).mean(axis=0)


def make():
    np.random.seed(8)
    x = Tensor(np.random.rand(1, 3, 6, 9).astype(np.float32))
    return SelfEnsembleSR(), (x,)
