# case: a module-level config in an attribute-style dict subclass: `cfg.TRAIN.SCALE` in construct reads an attribute of the inner dict, which graph mode has turned into a plain Dictionary, so the compile fails
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class AttrDict(dict):
    def __getattr__(self, key):
        return self[key]


cfg = AttrDict(SCALE=2.0, TRAIN=AttrDict(SCALE=3.0))


class Net(nn.Cell):
    def construct(self, x):
        return x * cfg.TRAIN.SCALE


def make():
    return Net(), (Tensor(np.ones((2,), np.float32)),)
