# case: languid voicing model reads its limits from a @ms.jit_class config object created in __init__ and only read in construct -> read-only jit_class attributes, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class VoicingLimits:
    def __init__(self, max_nick_mm=0.6, max_cutup_mm=1.5):
        self.max_nick_mm = max_nick_mm
        self.max_cutup_mm = max_cutup_mm


class LanguidVoicer(nn.Cell):
    def __init__(self, n_feats=8):
        super().__init__()
        self.limits = VoicingLimits()
        self.nicking = nn.Dense(n_feats, 1)
        self.cutup = nn.Dense(n_feats, 1)

    def construct(self, feats):
        nick = ops.tanh(self.nicking(feats)) * self.limits.max_nick_mm
        cut = ops.tanh(self.cutup(feats)) * self.limits.max_cutup_mm
        return ops.concat((nick, cut), axis=1)


def make():
    np.random.seed(328)
    feats = np.random.randn(6, 8).astype(np.float32)
    return LanguidVoicer(), (Tensor(feats),)
