# case: a step counter handed in as a Tensor wrapped with Tensor(np.array([step], dtype)), then added to a layer's output
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Policy(nn.Cell):
    def __init__(self):
        super().__init__()
        self.dense = nn.Dense(4, 4)

    def construct(self, feats, step):
        step_ids = Tensor(np.array([step], dtype=np.float32))
        return self.dense(feats) + step_ids


def make():
    return Policy(), (Tensor(np.ones((2, 4), np.float32)), Tensor(3.0, ms.float32))
