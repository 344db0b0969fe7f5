# case: if the batch error level is high, rescale scores by a damping factor, else keep them; both branches keep the same shape -> compiles, control flow only
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DriftDamper(nn.Cell):
    def __init__(self, drift_level=0.9, damping=0.5):
        super().__init__()
        self.drift_level = drift_level
        self.damping = damping

    def construct(self, scores):
        level = scores.mean()
        if level > self.drift_level:
            out = scores * self.damping
        else:
            out = scores - level * 0.0
        return out, level


def make():
    np.random.seed(46)
    scores = Tensor(np.abs(np.random.randn(8, 6)).astype(np.float32))
    return DriftDamper(), (scores,)
