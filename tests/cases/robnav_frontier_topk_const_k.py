# case: pick the top-k frontier candidates with k fixed in the constructor and mask invalid ones with a validity flag -> static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopFrontiers(nn.Cell):
    def __init__(self, k=4):
        super().__init__()
        self.k = k

    def construct(self, frontier, gain):
        flat_f = frontier.reshape(-1)
        scores = gain.reshape(-1) * flat_f - (1.0 - flat_f) * 1e6
        vals, idx = ops.topk(scores, self.k)
        valid = vals > -1e5
        w = frontier.shape[1]
        rows = idx // w
        cols = idx % w
        goals = ops.stack([rows, cols], axis=1)
        return goals, valid


def make():
    np.random.seed(17)
    fr = (np.random.rand(8, 8) > 0.85).astype(np.float32)
    gain = np.random.rand(8, 8).astype(np.float32)
    return TopFrontiers(), (Tensor(fr), Tensor(gain))
