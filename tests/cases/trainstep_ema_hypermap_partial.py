# case: exponential moving average of weights applied with ops.HyperMap + ops.partial after each optimizer step -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, ParameterTuple

_ema_update = ops.MultitypeFuncGraph("ema_update")


@_ema_update.register("Tensor", "Tensor", "Tensor")
def _ema_update_one(decay, ema_param, param):
    new_val = decay * ema_param + (1.0 - decay) * param
    return ops.assign(ema_param, new_val)


class TrainStepWithEMA(nn.Cell):
    def __init__(self, network, optimizer, ema_decay=0.999):
        super().__init__()
        self.network = network
        self.optimizer = optimizer
        self.weights = optimizer.parameters
        self.ema_weights = self.weights.clone(prefix="ema", init="same")
        self.decay = Tensor(ema_decay, ms.float32)
        self.hyper_map = ops.HyperMap()
        self.grad_fn = ops.value_and_grad(self.network, None, self.weights)

    def construct(self, x, y):
        loss, grads = self.grad_fn(x, y)
        loss = ops.depend(loss, self.optimizer(grads))
        updated = self.hyper_map(ops.partial(_ema_update, self.decay), self.ema_weights, self.weights)
        return ops.depend(loss, updated)


def make():
    np.random.seed(5)
    net = nn.WithLossCell(nn.SequentialCell([nn.Dense(6, 8), nn.Tanh(), nn.Dense(8, 2)]),
                          nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean"))
    opt = nn.Adam(net.trainable_params(), learning_rate=1e-3)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    y = Tensor(np.array([0, 1, 1, 0], np.int32))
    return TrainStepWithEMA(net, opt), (x, y)
