# case: L2 weight decay term summed over a ParameterTuple filtered by name in __init__ (weights, not biases) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, ParameterTuple


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3, pad_mode="same", has_bias=True)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Dense(4, 2)

    def construct(self, x):
        h = self.pool(ops.relu(self.conv(x)))
        return self.fc(h.reshape(h.shape[0], -1))


class L2TrainStep(nn.Cell):
    def __init__(self, network, optimizer, wd=5e-4):
        super().__init__()
        self.network = network
        self.optimizer = optimizer
        self.wd = wd
        self.decay_params = ParameterTuple([p for p in network.trainable_params() if "bias" not in p.name])
        self.grad_fn = ms.value_and_grad(self.loss_with_l2, None, optimizer.parameters)

    def l2_term(self):
        terms = [ops.square(p).sum() for p in self.decay_params]
        return 0.5 * self.wd * ops.addn(terms)

    def loss_with_l2(self, x, y):
        data_loss = ops.cross_entropy(self.network(x), y)
        return data_loss + self.l2_term()

    def construct(self, x, y):
        loss, grads = self.grad_fn(x, y)
        self.optimizer(grads)
        return loss


def make():
    np.random.seed(15)
    net = Net()
    opt = nn.SGD(net.trainable_params(), learning_rate=0.01)
    x = Tensor(np.random.randn(2, 1, 6, 6).astype(np.float32))
    y = Tensor(np.array([0, 1], np.int32))
    return L2TrainStep(net, opt), (x, y)
