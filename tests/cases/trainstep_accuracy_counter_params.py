# case: training step that also accumulates correct/total counts and running loss sum in non-trainable Parameters -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MetricTrainStep(nn.Cell):
    def __init__(self, network, optimizer):
        super().__init__()
        self.network = network
        self.optimizer = optimizer
        self.loss_fn = nn.CrossEntropyLoss()
        self.correct = Parameter(Tensor(0.0, ms.float32), name="correct", requires_grad=False)
        self.total = Parameter(Tensor(0.0, ms.float32), name="total", requires_grad=False)
        self.loss_sum = Parameter(Tensor(0.0, ms.float32), name="loss_sum", requires_grad=False)
        self.grad_fn = ms.value_and_grad(self.forward, None, optimizer.parameters, has_aux=True)

    def forward(self, x, labels):
        logits = self.network(x)
        return self.loss_fn(logits, labels), logits

    def _update_metrics(self, logits, labels, loss):
        pred = logits.argmax(-1).astype(labels.dtype)
        hits = (pred == labels).astype(ms.float32).sum()
        ops.assign_add(self.correct, hits)
        ops.assign_add(self.total, Tensor(labels.shape[0], ms.float32))
        ops.assign_add(self.loss_sum, loss)

    def construct(self, x, labels):
        (loss, logits), grads = self.grad_fn(x, labels)
        self.optimizer(grads)
        self._update_metrics(logits, labels, loss)
        acc = self.correct / self.total
        return loss, acc


def make():
    np.random.seed(13)
    net = nn.Dense(6, 3)
    opt = nn.SGD(net.trainable_params(), learning_rate=0.1)
    x = Tensor(np.random.randn(10, 6).astype(np.float32))
    labels = Tensor(np.random.randint(0, 3, size=(10,)).astype(np.int32))
    return MetricTrainStep(net, opt), (x, labels)
