# case: score waiting boats by priority and delete the intermediate wait-time tensor with `del` before returning -> del statement in construct, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueuePriority(nn.Cell):
    def __init__(self, commercial_bonus=2.0):
        super().__init__()
        self.bonus = commercial_bonus
        self.softmax = nn.Softmax(axis=0)

    def construct(self, arrival_min, is_commercial, now_min):
        wait = now_min - arrival_min
        score = wait / 60.0 + self.bonus * is_commercial
        del wait
        return self.softmax(score)


def make():
    np.random.seed(161)
    arr = np.sort(np.random.uniform(0, 120, size=(8,))).astype(np.float32)
    com = (np.random.rand(8) > 0.5).astype(np.float32)
    return QueuePriority(), (Tensor(arr), Tensor(com), Tensor(np.float32(130.0)))
