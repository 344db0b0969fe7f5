# case: class-balanced (ENet-style) loss weights computed per batch from a one-hot histogram of the labels, ignore pixels sent to an extra bin that is sliced off, then used in a weighted cross-entropy -> fixed num_classes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BalanceConfig:
    num_classes = 5
    ignore_index = 255
    c = 1.02
    loss_weight = 1.0
    use_sigmoid = False


def enet_weights(hist, c):
    freq = hist / ops.clamp(hist.sum(), min=1.0)
    return 1.0 / ops.log(c + freq)


class BalancedCrossEntropy(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_classes = config.num_classes
        self.ignore_index = config.ignore_index
        self.c = config.c
        self.loss_weight = config.loss_weight

    def _histogram(self, seg_label):
        flat = seg_label.reshape(-1)
        binned = ops.where(flat == self.ignore_index, ops.full_like(flat, self.num_classes), flat)
        onehot = ops.one_hot(binned, self.num_classes + 1, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return onehot.sum(axis=0)[: self.num_classes]

    def construct(self, seg_logit, seg_label):
        class_weight = ops.stop_gradient(enet_weights(self._histogram(seg_label), self.c))
        loss = ops.cross_entropy(seg_logit, seg_label, weight=class_weight, ignore_index=self.ignore_index)
        return loss * self.loss_weight


def make():
    np.random.seed(3451)
    logit = Tensor(np.random.randn(2, 5, 16, 16).astype(np.float32))
    label = np.random.randint(0, 5, (2, 16, 16)).astype(np.int32)
    label[:, -3:] = 255
    return BalancedCrossEntropy(BalanceConfig()), (logit, Tensor(label))
