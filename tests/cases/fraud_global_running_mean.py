# case: normalizes transaction amounts with a module-level global running mean that construct updates with the batch mean -> global statement and global state mutation in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

RUNNING_MEAN = 100.0
MOMENTUM = 0.9


class AmountNormalizer(nn.Cell):
    def __init__(self, feat_dim=3):
        super().__init__()
        self.fc = nn.Dense(feat_dim + 1, 1)

    def construct(self, amounts, feats):
        global RUNNING_MEAN
        batch_mean = amounts.mean()
        RUNNING_MEAN = MOMENTUM * RUNNING_MEAN + (1 - MOMENTUM) * batch_mean
        norm = (amounts / RUNNING_MEAN).expand_dims(-1)
        return ops.sigmoid(self.fc(ops.concat((feats, norm), axis=-1)))


def make():
    np.random.seed(25)
    amounts = Tensor((np.random.rand(11) * 250).astype(np.float32))
    feats = Tensor(np.random.randn(11, 3).astype(np.float32))
    return AmountNormalizer(), (amounts, feats)
