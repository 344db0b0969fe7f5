# case: land-cover segmentation loss dropping ignore-label pixels with boolean-mask indexing -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegLossIgnore(nn.Cell):
    def __init__(self, num_classes=6, ignore_label=255, label_smoothing=0.0):
        super().__init__()
        self.num_classes = num_classes
        self.ignore_label = ignore_label
        self.ce = nn.CrossEntropyLoss(label_smoothing=label_smoothing)

    def flatten(self, logits, labels):
        n, c, h, w = logits.shape
        flat_logits = logits.transpose(0, 2, 3, 1).reshape(n * h * w, c)
        flat_labels = labels.reshape(-1)
        return flat_logits, flat_labels

    def construct(self, logits, labels):
        flat_logits, flat_labels = self.flatten(logits, labels)
        keep = flat_labels != self.ignore_label
        return self.ce(flat_logits[keep], flat_labels[keep])


def make():
    np.random.seed(6)
    logits = Tensor(np.random.randn(2, 6, 8, 8).astype(np.float32))
    labels = np.random.randint(0, 6, (2, 8, 8)).astype(np.int32)
    labels[:, :2, :] = 255
    return SegLossIgnore(), (logits, Tensor(labels))
