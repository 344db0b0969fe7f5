# case: label-smoothed cross entropy with one_hot depth from config and smoothing factor inside a custom loss cell -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LabelSmoothingCE(nn.Cell):
    def __init__(self, num_classes=5, smoothing=0.1):
        super().__init__()
        self.num_classes = num_classes
        self.on_value = Tensor(1.0 - smoothing, ms.float32)
        self.off_value = Tensor(smoothing / (num_classes - 1), ms.float32)

    def construct(self, logits, labels):
        target = ops.one_hot(labels, self.num_classes, self.on_value, self.off_value)
        log_probs = ops.log_softmax(logits, axis=-1)
        return -(target * log_probs).sum(-1).mean()


class SmoothTrainStep(nn.Cell):
    def __init__(self, network, optimizer, num_classes=5, smoothing=0.1):
        super().__init__()
        self.network = network
        self.optimizer = optimizer
        self.criterion = LabelSmoothingCE(num_classes, smoothing)
        self.grad_fn = ms.value_and_grad(self._loss, None, optimizer.parameters)

    def _loss(self, x, labels):
        return self.criterion(self.network(x), labels)

    def construct(self, x, labels):
        loss, grads = self.grad_fn(x, labels)
        self.optimizer(grads)
        return loss


def make():
    np.random.seed(21)
    net = nn.SequentialCell([nn.Dense(6, 10), nn.ReLU(), nn.Dense(10, 5)])
    opt = nn.Adam(net.trainable_params(), learning_rate=1e-3, weight_decay=1e-4)
    x = Tensor(np.random.randn(7, 6).astype(np.float32))
    labels = Tensor(np.random.randint(0, 5, size=(7,)).astype(np.int32))
    return SmoothTrainStep(net, opt), (x, labels)
