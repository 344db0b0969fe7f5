# case: the same attribute-style config read by key (`cfg["TRAIN"]["SCALE"]`) and by one attribute step to a number (`cfg.SCALE`): both compile
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class AttrDict(dict):
    def __getattr__(self, key):
        return self[key]


cfg = AttrDict(SCALE=2.0, TRAIN=AttrDict(SCALE=3.0))


class Net(nn.Cell):
    def construct(self, x):
        return x * cfg.SCALE * cfg["TRAIN"]["SCALE"]


def make():
    return Net(), (Tensor(np.ones((2,), np.float32)),)
