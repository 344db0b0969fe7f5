# case: predicts a contact map from stacked attention maps with symmetrization and average product correction -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContactPredictionHead(nn.Cell):
    def __init__(self, num_layers=2, num_heads=4, bias=True):
        super().__init__()
        self.regression = nn.Dense(num_layers * num_heads, 1, has_bias=bias)

    @staticmethod
    def symmetrize(x):
        return x + x.swapaxes(-1, -2)

    @staticmethod
    def apc(x):
        a1 = x.sum(-1, keepdims=True)
        a2 = x.sum(-2, keepdims=True)
        a12 = x.sum((-1, -2), keepdims=True)
        return x - a1 * a2 / a12

    def construct(self, attentions):
        b, layers, heads, l, _ = attentions.shape
        att = attentions.reshape(b, layers * heads, l, l)
        att = self.apc(self.symmetrize(att))
        att = att.transpose(0, 2, 3, 1)
        return ops.sigmoid(self.regression(att).squeeze(-1))


def make():
    np.random.seed(4)
    att = np.random.rand(2, 2, 4, 10, 10).astype(np.float32)
    att = att / att.sum(-1, keepdims=True)
    return ContactPredictionHead(), (Tensor(att),)
