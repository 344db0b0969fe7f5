# case: feature trimmer uses a conditional expression on a tensor flag to choose a cropped or full view
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaybeTrim(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(1, 3)

    def construct(self, x, use_short):
        feats = x[:, :4] if use_short.any() else x
        pooled = feats.mean(axis=1, keep_dims=True)
        return self.fc(pooled)


def make():
    x = Tensor(np.random.randn(3, 6).astype(np.float32))
    return MaybeTrim(), (x, Tensor(np.array([False, True]), ms.bool_))
