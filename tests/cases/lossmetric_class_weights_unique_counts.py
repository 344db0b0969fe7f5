# case: class-balanced cross-entropy weights from counts of the labels present in the batch via unique_consecutive -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchBalancedCE(nn.Cell):
    def __init__(self, num_classes=6, beta=0.99):
        super().__init__()
        self.num_classes = num_classes
        self.beta = beta
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def _class_weights(self, labels):
        sorted_labels, _ = ops.sort(labels.astype(ms.float32))
        present, counts = ops.unique_consecutive(sorted_labels.astype(ms.int32), return_counts=True)
        eff_num = 1.0 - ops.pow(self.beta, counts.astype(ms.float32))
        w_present = (1.0 - self.beta) / eff_num
        w_present = w_present / w_present.sum() * present.shape[0]
        weights = ops.ones((self.num_classes,), ms.float32)
        weights[present] = w_present
        return weights

    def construct(self, logits, labels):
        weights = self._class_weights(labels)
        logp = self.log_softmax(logits)
        picked = ops.gather_elements(logp, 1, labels[:, None]).squeeze(1)
        w = ops.gather(weights, labels, 0)
        return -(w * picked).sum() / w.sum()


def make():
    np.random.seed(7)
    logits = Tensor(np.random.randn(16, 6).astype(np.float32))
    labels = Tensor(np.array([0, 0, 0, 0, 0, 1, 1, 2, 2, 2, 4, 4, 4, 4, 0, 1], dtype=np.int32))
    return BatchBalancedCE(), (logits, labels)
