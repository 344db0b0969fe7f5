# case: class-balanced focal weights from effective number of samples, class counts via one_hot sum -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassBalancedCE(nn.Cell):
    def __init__(self, num_classes=5, beta=0.999, use_batch_counts=True, prior_counts=None):
        super().__init__()
        self.num_classes = num_classes
        self.beta = beta
        self.use_batch_counts = use_batch_counts
        if prior_counts is None:
            prior_counts = [1.0] * num_classes
        self.prior_counts = Tensor(np.array(prior_counts, np.float32))
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def _weights(self, labels):
        if self.use_batch_counts:
            counts = ops.one_hot(labels, self.num_classes, 1.0, 0.0).sum(axis=0) + self.prior_counts
        else:
            counts = self.prior_counts
        effective = 1.0 - ops.pow(self.beta, counts)
        w = (1.0 - self.beta) / effective
        return w / w.sum() * self.num_classes

    def construct(self, logits, labels):
        w = self._weights(labels)
        logp = self.log_softmax(logits)
        nll = -ops.gather_elements(logp, 1, labels[:, None]).squeeze(1)
        sample_w = ops.gather(w, labels, 0)
        return (sample_w * nll).sum() / sample_w.sum()


def make():
    np.random.seed(30)
    logits = Tensor(np.random.randn(16, 5).astype(np.float32))
    labels = Tensor(np.array([0] * 9 + [1] * 4 + [2, 2, 4], dtype=np.int32))
    return ClassBalancedCE(), (logits, labels)
