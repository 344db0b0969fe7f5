# case: cut the time axis to a data length, then size a buffer by the batch axis (static) and by the time axis (dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Frontend(nn.Cell):
    def __init__(self, n_in=8, n_out=4):
        super().__init__()
        self.proj = nn.Dense(n_in, n_out)

    def construct(self, feats):
        return ops.relu(self.proj(feats))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.front = Frontend()

    def construct(self, feats, lengths):
        feats = feats[:, :lengths.max()]
        hidden = self.front(feats)
        bias = ops.zeros((hidden.shape[0], 1), ms.float32)
        return hidden.sum(1) + bias


def make():
    return Net(), (Tensor(np.ones((2, 6, 8), np.float32)), Tensor(np.array([3, 5], np.int32)))
