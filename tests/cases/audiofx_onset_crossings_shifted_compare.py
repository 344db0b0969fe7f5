# case: onset detector finds upward threshold crossings by comparing the envelope with a shifted copy and returns a fixed-length 0/1 vector plus the count -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThresholdCrossingsVec(nn.Cell):
    def __init__(self, threshold=0.8):
        super().__init__()
        self.threshold = threshold

    def construct(self, env):
        prev = ops.concat((env[:1], env[:-1]))
        up = ops.logical_and(env > self.threshold, prev <= self.threshold)
        up = up.astype(ms.int32)
        first = ops.argmax(up.astype(ms.float32))
        return up, up.sum(), first


def make():
    np.random.seed(17)
    env = Tensor(np.abs(np.random.randn(24)).astype(np.float32))
    return ThresholdCrossingsVec(), (env,)
