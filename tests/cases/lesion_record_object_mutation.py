# case: fills a plain python LesionRecord object with tensor stats inside construct and returns its fields -> graph mode error on custom class instance
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LesionRecord:
    def __init__(self):
        self.area = 0
        self.max_prob = 0
        self.flags = []


class Describe(nn.Cell):
    def __init__(self, thr=0.5):
        super().__init__()
        self.thr = thr

    def construct(self, probs):
        rec = LesionRecord()
        mask = (probs > self.thr).astype(ms.float32)
        rec.area = mask.sum()
        rec.max_prob = probs.max()
        rec.flags.append(rec.area > 10)
        return rec.area, rec.max_prob, rec.flags[0]


def make():
    np.random.seed(25)
    p = np.random.rand(8, 8).astype(np.float32)
    return Describe(), (Tensor(p),)
