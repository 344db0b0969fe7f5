# case: ENet-style class-balanced weights from per-batch label counts via bincount, then weighted CE -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def enet_weights(freq, c=1.02):
    return 1.0 / ops.log(c + freq)


class ClassBalancedCE(nn.Cell):
    def __init__(self, num_classes=6, c=1.02, normalize=True):
        super().__init__()
        self.num_classes = num_classes
        self.c = c
        self.normalize = normalize

    def class_weights(self, labels):
        counts = ops.bincount(labels.reshape(-1))
        freq = counts.astype(ms.float32) / labels.size
        w = enet_weights(freq, self.c)
        if self.normalize:
            w = w / w.sum() * w.shape[0]
        return w

    def construct(self, logits, labels):
        weights = self.class_weights(labels)
        logp = ops.log_softmax(logits, axis=1)
        nll = -ops.gather_elements(logp, 1, labels.expand_dims(1)).squeeze(1)
        pix_w = ops.gather(weights, labels, 0)
        return (nll * pix_w).sum() / pix_w.sum()


def make():
    np.random.seed(2)
    logits = Tensor(np.random.randn(2, 6, 8, 8).astype(np.float32))
    labels = Tensor(np.random.randint(0, 6, size=(2, 8, 8)).astype(np.int32))
    return ClassBalancedCE(), (logits, labels)
