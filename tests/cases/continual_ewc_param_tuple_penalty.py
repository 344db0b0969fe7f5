# case: EWC penalty summed over ParameterTuples of current weights, anchors and Fisher diagonals -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple


class EWCWrapper(nn.Cell):
    def __init__(self, net, ewc_lambda=50.0):
        super().__init__()
        self.net = net
        self.ewc_lambda = ewc_lambda
        self.weights = ParameterTuple(net.trainable_params())
        self.anchors = ParameterTuple([Parameter(p.value().copy(), name="anchor_" + p.name, requires_grad=False)
                                       for p in self.weights])
        self.fishers = ParameterTuple([Parameter(ops.ones(p.shape, ms.float32) * 0.01, name="fisher_" + p.name,
                                                 requires_grad=False) for p in self.weights])
        self.loss_fn = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean")

    def penalty(self):
        total = 0.0
        for w, a, f in zip(self.weights, self.anchors, self.fishers):
            total = total + (f * ops.square(w - a)).sum()
        return 0.5 * self.ewc_lambda * total

    def construct(self, x, y):
        return self.loss_fn(self.net(x), y) + self.penalty()


def make():
    np.random.seed(0)
    net = nn.SequentialCell([nn.Dense(5, 8), nn.ReLU(), nn.Dense(8, 3)])
    x = Tensor(np.random.randn(4, 5).astype(np.float32))
    y = Tensor(np.array([0, 1, 2, 1], dtype=np.int32))
    return EWCWrapper(net), (x, y)
