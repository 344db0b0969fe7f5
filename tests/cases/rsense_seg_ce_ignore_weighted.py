# case: land-cover CE loss with ignore label handled by clipping labels and zero pixel weights, class weights from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightedIgnoreCE(nn.Cell):
    def __init__(self, num_classes=6, ignore_label=255, class_weights=None):
        super().__init__()
        self.num_classes = num_classes
        self.ignore_label = ignore_label
        if class_weights is None:
            class_weights = [1.0] * num_classes
        self.class_weights = Tensor(np.array(class_weights, np.float32))
        self.log_softmax = nn.LogSoftmax(axis=1)

    def pixel_nll(self, logits, labels):
        logp = self.log_softmax(logits)
        picked = ops.gather_elements(logp, 1, labels.expand_dims(1)).squeeze(1)
        return -picked

    def construct(self, logits, labels):
        valid = labels != self.ignore_label
        safe = ops.where(valid, labels, ops.zeros_like(labels))
        nll = self.pixel_nll(logits, safe)
        w = ops.gather(self.class_weights, safe, 0) * valid.astype(ms.float32)
        return (nll * w).sum() / ops.maximum(w.sum(), 1e-6)


def make():
    np.random.seed(37)
    logits = Tensor(np.random.randn(2, 6, 8, 8).astype(np.float32))
    labels = np.random.randint(0, 6, (2, 8, 8)).astype(np.int32)
    labels[:, -2:, :] = 255
    return WeightedIgnoreCE(class_weights=[1.0, 2.0, 0.5, 1.0, 1.5, 1.0]), (logits, Tensor(labels))
