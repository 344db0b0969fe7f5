# case: tensile-test break detector stores the most recent break load on self inside construct for later reporting -> attribute of self written in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BreakDetector(nn.Cell):
    def __init__(self, drop_ratio=0.5):
        super().__init__()
        self.drop_ratio = drop_ratio
        self.last_break_kn = None

    def construct(self, load_kn):
        peak = load_kn.max()
        after = load_kn[1:]
        before = load_kn[:-1]
        dropped = (after < before * self.drop_ratio).astype(ms.float32)
        self.last_break_kn = peak
        return peak, dropped.argmax()


def make():
    np.random.seed(131)
    load = np.concatenate([np.linspace(0, 42, 50), [3.0, 1.0, 0.5]]).astype(np.float32)
    load += np.random.normal(0, 0.1, load.shape).astype(np.float32)
    return BreakDetector(), (Tensor(load),)
