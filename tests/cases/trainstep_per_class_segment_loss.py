# case: per-class mean loss via unsorted_segment_sum with num_segments taken from labels.max() + 1 -> compile error / dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassMeanLoss(nn.Cell):
    """Average the loss within each class first, then across classes (fair to rare classes)."""

    def __init__(self):
        super().__init__()

    def construct(self, logits, labels):
        per_sample = ops.cross_entropy(logits, labels, reduction="none")
        num_classes = labels.max() + 1
        sums = ops.unsorted_segment_sum(per_sample, labels, num_classes)
        counts = ops.unsorted_segment_sum(ops.ones_like(per_sample), labels, num_classes)
        present = counts > 0
        class_means = ops.where(present, sums / ops.maximum(counts, 1.0), ops.zeros_like(sums))
        return class_means.sum() / present.astype(ms.float32).sum()


class FairTrainStep(nn.Cell):
    def __init__(self, network, optimizer):
        super().__init__()
        self.network = network
        self.optimizer = optimizer
        self.criterion = ClassMeanLoss()
        self.grad_fn = ms.value_and_grad(self.forward, None, optimizer.parameters)

    def forward(self, x, labels):
        return self.criterion(self.network(x), labels)

    def construct(self, x, labels):
        loss, grads = self.grad_fn(x, labels)
        self.optimizer(grads)
        return loss


def make():
    np.random.seed(43)
    net = nn.Dense(4, 5)
    opt = nn.SGD(net.trainable_params(), learning_rate=0.1)
    x = Tensor(np.random.randn(10, 4).astype(np.float32))
    labels = Tensor(np.array([0, 1, 1, 3, 3, 3, 4, 0, 1, 4], np.int32))
    return FairTrainStep(net, opt), (x, labels)
