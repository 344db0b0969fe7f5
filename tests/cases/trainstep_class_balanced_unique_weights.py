# case: class-balanced loss re-weights by the classes present in the batch using ops.unique -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassBalancedCE(nn.Cell):
    def __init__(self, num_classes=6, beta=0.99):
        super().__init__()
        self.num_classes = num_classes
        self.beta = beta

    def class_weights(self, labels):
        """Effective-number weights, computed only over classes seen in this batch."""
        present, inverse = ops.unique(labels)
        counts = ops.zeros((present.shape[0],), ms.float32)
        counts = ops.tensor_scatter_add(counts, inverse.reshape(-1, 1), ops.ones(labels.shape, ms.float32))
        eff = (1.0 - ops.pow(self.beta, counts)) / (1.0 - self.beta)
        w = 1.0 / eff
        w = w / w.sum() * present.shape[0]
        return ops.gather(w, inverse, 0)

    def construct(self, logits, labels):
        per_sample = ops.cross_entropy(logits, labels, reduction="none")
        weights = ops.stop_gradient(self.class_weights(labels))
        return (per_sample * weights).mean()


class BalancedTrainStep(nn.Cell):
    def __init__(self, network, optimizer):
        super().__init__()
        self.network = network
        self.optimizer = optimizer
        self.criterion = ClassBalancedCE()
        self.grad_fn = ms.value_and_grad(self.forward, None, optimizer.parameters)

    def forward(self, x, labels):
        return self.criterion(self.network(x), labels)

    def construct(self, x, labels):
        loss, grads = self.grad_fn(x, labels)
        self.optimizer(grads)
        return loss


def make():
    np.random.seed(36)
    net = nn.Dense(5, 6)
    opt = nn.Adam(net.trainable_params(), learning_rate=1e-3)
    x = Tensor(np.random.randn(9, 5).astype(np.float32))
    labels = Tensor(np.array([0, 0, 0, 0, 2, 2, 5, 5, 5], np.int32))
    return BalancedTrainStep(net, opt), (x, labels)
