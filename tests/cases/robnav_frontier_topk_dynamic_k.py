# case: pick the k best frontier candidates where k is the number of frontier cells (tensor sum) capped at 5 -> topk k from tensor value, error or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrontierSelector(nn.Cell):
    def __init__(self, max_goals=5):
        super().__init__()
        self.max_goals = max_goals

    def construct(self, frontier, gain):
        scores = (gain * frontier).reshape(-1)
        n_frontier = frontier.sum().astype(ms.int32)
        k = ops.minimum(n_frontier, self.max_goals)
        vals, idx = ops.topk(scores, k)
        return vals, idx


def make():
    np.random.seed(16)
    fr = (np.random.rand(8, 8) > 0.85).astype(np.float32)
    gain = np.random.rand(8, 8).astype(np.float32)
    return FrontierSelector(), (Tensor(fr), Tensor(gain))
