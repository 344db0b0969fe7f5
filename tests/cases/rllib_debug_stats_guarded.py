# case: advantage normaliser has a debug branch that pulls .asnumpy() statistics, but config.debug defaults to False and is never set -> the NumPy branch is under a constant-False flag; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NormalizerConfig:
    eps = 1e-8
    debug = False
    clip = 5.0


def _debug_summary(x):
    arr = x.asnumpy()
    return Tensor(np.array([arr.mean(), arr.std(), arr.min(), arr.max()], np.float32))


class AdvantageNormalizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.eps = config.eps
        self.debug = config.debug
        self.clip = config.clip

    def construct(self, advantages):
        normed = (advantages - advantages.mean()) / (advantages.std() + self.eps)
        normed = ops.clip_by_value(normed, -self.clip, self.clip)
        if self.debug:
            return normed, _debug_summary(advantages)
        return normed, ops.stack([advantages.mean(), advantages.std(), advantages.min(), advantages.max()])


def make():
    np.random.seed(163)
    adv = Tensor((np.random.randn(20) * 4.0).astype(np.float32))
    return AdvantageNormalizer(NormalizerConfig()), (adv,)
