# case: lighting fade engine keeps halving intensity until it drops under blackout level, appending every step to a list -> loop count from data, list grows, expect error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FadeOut(nn.Cell):
    def __init__(self, decay=0.5, blackout=0.05):
        super().__init__()
        self.decay = decay
        self.blackout = blackout

    def construct(self, levels):
        steps = []
        cur = levels
        while cur.max() > self.blackout:
            cur = cur * self.decay
            steps.append(cur)
        return ops.stack(steps)


def make():
    np.random.seed(61)
    lv = Tensor(np.random.rand(12).astype(np.float32))
    return FadeOut(), (lv,)
