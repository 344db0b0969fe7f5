# case: an object built from tensor data gets a field set to a graph op's result in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Result:
    def __init__(self, score):
        self.score = score
        self.flag = False
        self.extra = None


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        h = self.fc(x)
        res = Result(h.max())
        res.extra = ops.relu(h).sum()
        return h, res


def make():
    np.random.seed(12)
    return Net(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)
