# case: fault logger increments a module-level global counter inside construct to number each inference call -> error or constant-folded global in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CALL_COUNT = 0


class FaultLogger(nn.Cell):
    def __init__(self, threshold=0.7):
        super().__init__()
        self.threshold = threshold
        self.fc = nn.Dense(6, 1)

    def construct(self, features):
        global CALL_COUNT
        CALL_COUNT += 1
        prob = ops.sigmoid(self.fc(features)).squeeze(-1)
        return prob, CALL_COUNT


def make():
    np.random.seed(32)
    net = FaultLogger()
    feats = Tensor(np.random.randn(9, 6).astype(np.float32))
    return net, (feats,)
