# case: converts the mean hand confidence to a Python float and uses it to choose how many smoothing passes to run -> float() on tensor in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveSmoother(nn.Cell):
    def __init__(self, low_conf=0.6):
        super().__init__()
        self.low_conf = low_conf

    def smooth(self, x):
        prev = ops.concat((x[:1], x[:-1]), axis=0)
        nxt = ops.concat((x[1:], x[-1:]), axis=0)
        return (prev + x + nxt) / 3.0

    def construct(self, hand):
        # hand: (T, 21, 3)
        mean_conf = float(hand[..., 2].mean())
        passes = 3 if mean_conf < self.low_conf else 1
        xy = hand[..., :2]
        for _ in range(passes):
            xy = self.smooth(xy)
        return xy


def make():
    np.random.seed(10)
    hand = Tensor(np.random.rand(8, 21, 3).astype(np.float32))
    return AdaptiveSmoother(), (hand,)
