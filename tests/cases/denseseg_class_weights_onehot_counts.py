# case: class-balanced weights from label counts computed with fixed-size one_hot sums, median-frequency balancing -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MedianFreqWeightedCE(nn.Cell):
    def __init__(self, num_classes=6, eps=1.0, max_weight=10.0):
        super().__init__()
        self.num_classes = num_classes
        self.eps = eps
        self.max_weight = max_weight
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def _counts(self, labels):
        oh = ops.one_hot(labels.reshape(-1), self.num_classes, self.on, self.off)
        return oh.sum(0)

    def _median_freq_weights(self, counts):
        freq = counts / counts.sum()
        med = ops.sort(freq)[0][self.num_classes // 2]
        w = med / (freq + self.eps / counts.sum())
        return ops.clamp(w, 0.0, self.max_weight)

    def construct(self, logits, labels):
        w = self._median_freq_weights(self._counts(labels))
        logp = ops.log_softmax(logits, axis=1)
        nll = -ops.gather_elements(logp, 1, labels.expand_dims(1)).squeeze(1)
        pix_w = w[labels]
        return (nll * pix_w).sum() / pix_w.sum()


def make():
    np.random.seed(3)
    logits = Tensor(np.random.randn(2, 6, 8, 8).astype(np.float32))
    labels = Tensor(np.random.randint(0, 6, size=(2, 8, 8)).astype(np.int32))
    return MedianFreqWeightedCE(), (logits, labels)
