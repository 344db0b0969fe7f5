# case: EWC regulariser converts the penalty to a Python float to clip it before adding to the task loss -> compile error at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SmallNet(nn.Cell):
    def __init__(self, in_dim=6, n_classes=3):
        super().__init__()
        self.fc = nn.Dense(in_dim, n_classes)

    def construct(self, x):
        return self.fc(x)


class EWCLoss(nn.Cell):
    def __init__(self, net, ewc_lambda=10.0, max_penalty=5.0):
        super().__init__()
        self.net = net
        self.ewc_lambda = ewc_lambda
        self.max_penalty = max_penalty
        self.w_star = Parameter(net.fc.weight.value().copy(), name="w_star", requires_grad=False)
        self.fisher = Parameter(Tensor(np.full((3, 6), 0.5, np.float32)), name="fisher_w", requires_grad=False)
        self.ce = nn.CrossEntropyLoss()

    def penalty(self):
        diff = self.net.fc.weight - self.w_star
        return 0.5 * self.ewc_lambda * (self.fisher * diff * diff).sum()

    def construct(self, x, y):
        task_loss = self.ce(self.net(x), y)
        pen = self.penalty()
        pen_value = float(pen)
        if pen_value > self.max_penalty:
            pen = pen * (self.max_penalty / pen_value)
        return task_loss + pen


def make():
    np.random.seed(8)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    y = Tensor(np.array([0, 2, 1, 0], dtype=np.int32))
    return EWCLoss(SmallNet()), (x, y)
