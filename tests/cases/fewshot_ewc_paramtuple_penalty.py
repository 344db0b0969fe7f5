# case: EWC penalty summed over zip of trainable params, anchor ParameterTuple and Fisher ParameterTuple -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple


class TaskNet(nn.Cell):
    def __init__(self, in_dim=6, hidden=8, n_classes=3):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, hidden)
        self.fc2 = nn.Dense(hidden, n_classes)

    def construct(self, x):
        return self.fc2(ops.relu(self.fc1(x)))


class EWCObjective(nn.Cell):
    def __init__(self, net, ewc_lambda=50.0, fisher_floor=1e-3):
        super().__init__()
        self.net = net
        self.params = ParameterTuple(net.trainable_params())
        self.anchors = ParameterTuple([Parameter(p.value().copy(), name="anchor_" + p.name, requires_grad=False)
                                       for p in self.params])
        rng = np.random.RandomState(0)
        self.fisher = ParameterTuple([Parameter(Tensor(rng.rand(*p.shape).astype(np.float32) + fisher_floor),
                                                name="fisher_" + p.name, requires_grad=False) for p in self.params])
        self.ewc_lambda = ewc_lambda
        self.ce = nn.CrossEntropyLoss()

    def penalty(self):
        total = 0.0
        for p, a, f in zip(self.params, self.anchors, self.fisher):
            total = total + (f * (p - a) ** 2).sum()
        return 0.5 * self.ewc_lambda * total

    def construct(self, x, y):
        return self.ce(self.net(x), y) + self.penalty()


def make():
    np.random.seed(39)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    y = Tensor(np.array([0, 1, 2, 1], dtype=np.int32))
    return EWCObjective(TaskNet()), (x, y)
