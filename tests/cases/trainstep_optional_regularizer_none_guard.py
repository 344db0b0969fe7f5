# case: loss wrapper adds an optional regulariser sub-Cell guarded by `is not None` and a config coefficient -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, ParameterTuple


class L1Penalty(nn.Cell):
    def __init__(self, params):
        super().__init__()
        self.params = ParameterTuple(params)

    def construct(self):
        total = 0.0
        for p in self.params:
            total = total + ops.abs(p).sum()
        return total


class RegularisedLoss(nn.Cell):
    def __init__(self, backbone, regularizer=None, reg_coef=1e-3):
        super().__init__()
        self.backbone = backbone
        self.regularizer = regularizer
        self.reg_coef = reg_coef
        self.loss_fn = nn.SmoothL1Loss()

    def construct(self, x, y):
        loss = self.loss_fn(self.backbone(x), y).mean()
        if self.regularizer is not None and self.reg_coef > 0:
            loss = loss + self.reg_coef * self.regularizer()
        return loss


def make():
    np.random.seed(10)
    backbone = nn.Dense(5, 3)
    loss_net = RegularisedLoss(backbone, L1Penalty(backbone.trainable_params()))
    opt = nn.SGD(backbone.trainable_params(), learning_rate=0.01)
    step = nn.TrainOneStepCell(loss_net, opt)
    x = Tensor(np.random.randn(4, 5).astype(np.float32))
    y = Tensor(np.random.randn(4, 3).astype(np.float32))
    return step, (x, y)
