# case: normalizes log transaction amounts with nn.BatchNorm1d running statistics instead of global state, then concatenates with other features -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AmountNormalizer(nn.Cell):
    def __init__(self, feat_dim=3, log_scale=True):
        super().__init__()
        self.norm = nn.BatchNorm1d(1, momentum=0.9)
        self.fc = nn.Dense(feat_dim + 1, 1)
        self.log_scale = log_scale

    def construct(self, amounts, feats):
        a = amounts.expand_dims(-1)
        if self.log_scale:
            a = ops.log1p(a)
        a = self.norm(a)
        return ops.sigmoid(self.fc(ops.concat((feats, a), axis=-1)))


def make():
    np.random.seed(26)
    amounts = Tensor((np.random.rand(11) * 250).astype(np.float32))
    feats = Tensor(np.random.randn(11, 3).astype(np.float32))
    net = AmountNormalizer()
    net.set_train(False)
    return net, (amounts, feats)
