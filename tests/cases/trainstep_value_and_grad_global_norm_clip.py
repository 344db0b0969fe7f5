# case: TrainOneStep with ms.value_and_grad and clip_by_global_norm before nn.Momentum -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MLP(nn.Cell):
    def __init__(self, in_dim=8, hidden=16, out_dim=4):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, hidden)
        self.act = nn.ReLU()
        self.fc2 = nn.Dense(hidden, out_dim)

    def construct(self, x):
        return self.fc2(self.act(self.fc1(x)))


class ClippedTrainStep(nn.Cell):
    def __init__(self, network, optimizer, max_grad_norm=1.0):
        super().__init__()
        self.network = network
        self.optimizer = optimizer
        self.weights = optimizer.parameters
        self.loss_fn = nn.MSELoss()
        self.max_grad_norm = max_grad_norm

    def forward(self, x, y):
        pred = self.network(x)
        return self.loss_fn(pred, y)

    def construct(self, x, y):
        grad_fn = ms.value_and_grad(self.forward, None, self.weights)
        loss, grads = grad_fn(x, y)
        grads = ops.clip_by_global_norm(grads, self.max_grad_norm)
        self.optimizer(grads)
        return loss


def make():
    np.random.seed(0)
    net = MLP()
    opt = nn.Momentum(net.trainable_params(), learning_rate=0.01, momentum=0.9)
    step = ClippedTrainStep(net, opt, max_grad_norm=0.5)
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    y = Tensor(np.random.randn(4, 4).astype(np.float32))
    return step, (x, y)
