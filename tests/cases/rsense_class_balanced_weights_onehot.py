# case: computes inverse-frequency class weights from a label map via one_hot sums and a weighted pixel loss -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BalancedPixelLoss(nn.Cell):
    def __init__(self, num_classes=5, smoothing=1.0):
        super().__init__()
        self.num_classes = num_classes
        self.smoothing = smoothing
        self.log_softmax = nn.LogSoftmax(axis=1)

    def class_weights(self, onehot):
        counts = onehot.sum(axis=0) + self.smoothing
        w = counts.sum() / (counts * self.num_classes)
        return w

    def construct(self, logits, labels):
        onehot = ops.one_hot(labels, self.num_classes,
                             Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        w = self.class_weights(onehot)
        nll = -(self.log_softmax(logits) * onehot).sum(axis=1)
        pix_w = (onehot * w).sum(axis=1)
        return (nll * pix_w).sum() / pix_w.sum()


def make():
    np.random.seed(36)
    logits = Tensor(np.random.randn(64, 5).astype(np.float32))
    labels = Tensor(np.random.choice(5, 64, p=[0.5, 0.2, 0.15, 0.1, 0.05]).astype(np.int32))
    return BalancedPixelLoss(), (logits, labels)
