# case: a plain log object built in construct gets each value of a .tolist() loop through its add method, then the log is turned back into a Tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Log:
    def __init__(self):
        self.items = []

    def add(self, v):
        self.items.append(v)


class Recorder(nn.Cell):
    def construct(self, x):
        log = Log()
        for v in x.tolist():
            log.add(v)
        return Tensor(log.items, ms.float32) * 2


def make():
    np.random.seed(3)
    return Recorder(), (Tensor(np.random.rand(5).astype(np.float32)),)
