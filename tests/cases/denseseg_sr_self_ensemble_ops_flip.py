# case: x8 geometric self-ensemble for SR with ops.flip/transpose over a static list of transforms -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TRANSFORMS = ((False, False, False), (True, False, False), (False, True, False), (True, True, False),
              (False, False, True), (True, False, True), (False, True, True), (True, True, True))


def apply_tf(x, hflip, vflip, rot):
    if hflip:
        x = ops.flip(x, (3,))
    if vflip:
        x = ops.flip(x, (2,))
    if rot:
        x = x.transpose(0, 1, 3, 2)
    return x


def invert_tf(x, hflip, vflip, rot):
    if rot:
        x = x.transpose(0, 1, 3, 2)
    if vflip:
        x = ops.flip(x, (2,))
    if hflip:
        x = ops.flip(x, (3,))
    return x


class EnsembleWrapper(nn.Cell):
    def __init__(self, scale=2, ch=8, ensemble=True):
        super().__init__()
        self.net = nn.SequentialCell([nn.Conv2d(3, ch, 3, pad_mode="same"), nn.ReLU(),
                                      nn.Conv2d(ch, 3 * scale * scale, 3, pad_mode="same"),
                                      nn.PixelShuffle(scale)])
        self.ensemble = ensemble

    def construct(self, lr):
        if not self.ensemble:
            return self.net(lr)
        outs = []
        for hflip, vflip, rot in TRANSFORMS:
            sr = self.net(apply_tf(lr, hflip, vflip, rot))
            outs.append(invert_tf(sr, hflip, vflip, rot))
        return ops.stack(outs, 0).mean(0)


def make():
    np.random.seed(25)
    return EnsembleWrapper(), (Tensor(np.random.rand(1, 3, 6, 6).astype(np.float32)),)
