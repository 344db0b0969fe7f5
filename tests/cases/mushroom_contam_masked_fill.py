# case: zero out the non-cobweb pixels with ops.masked_fill and compute the fraction of the bag affected -> shape-preserving mask op, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def cobweb_score(img):
    bright = img.mean(axis=1)
    sat = img.max(axis=1) - img.min(axis=1)
    return bright * (1.0 - sat)


class CobwebInspector(nn.Cell):
    def __init__(self, alarm=0.45):
        super().__init__()
        self.alarm = alarm

    def construct(self, img):
        score = cobweb_score(img)
        hue_proxy = img[:, 1] - img[:, 2]
        kept = ops.masked_fill(hue_proxy, score <= self.alarm, 0.0)
        frac = (score > self.alarm).astype(ms.float32).mean(axis=(1, 2))
        return kept, frac


def make():
    np.random.seed(332)
    img = Tensor(np.random.rand(2, 3, 20, 20).astype(np.float32))
    return CobwebInspector(), (img,)
