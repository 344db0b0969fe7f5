# case: feature extractor calls Tensor.numpy() and np.clip inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipFeat(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        y = self.fc(x).numpy()
        return Tensor(np.clip(y, -1.0, 1.0))


def make():
    return ClipFeat(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)
