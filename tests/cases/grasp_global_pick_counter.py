# case: counts pick attempts in a module-level global that construct increments on every call before scoring the grasp -> global state mutation in construct is not supported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PICK_ATTEMPTS = 0


class PickAttemptScorer(nn.Cell):
    def __init__(self, decay=0.9):
        super().__init__()
        self.decay = decay
        self.head = nn.Dense(5, 1)

    def construct(self, grasp_feat):
        global PICK_ATTEMPTS
        PICK_ATTEMPTS = PICK_ATTEMPTS + 1
        score = self.head(grasp_feat).squeeze(-1)
        return score * (self.decay ** PICK_ATTEMPTS)


def make():
    np.random.seed(16)
    feat = Tensor(np.random.randn(8, 5).astype(np.float32))
    return PickAttemptScorer(), (feat,)
