# case: ops.multilabel_soft_margin_loss with mean reduction
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, target):
        return ops.multilabel_soft_margin_loss(x, target, reduction='mean')


def make():
    return Net(), (Tensor(np.array([[0.3, 0.6, 0.6], [0.9, 0.4, 0.2]], np.float32)),
                   Tensor(np.array([[0.0, 0.0, 1.0], [0.0, 0.0, 1.0]], np.float32)))
