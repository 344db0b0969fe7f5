# case: per-class mean confidence gathers pixels of each class with masked_select in a class loop; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassConfidence(nn.Cell):
    def __init__(self, num_classes=3):
        super().__init__()
        self.num_classes = num_classes

    def construct(self, logits):
        probs = ops.softmax(logits, axis=1)
        conf = probs.max(axis=1)
        pred = probs.argmax(axis=1)
        out = []
        for c in range(self.num_classes):
            pix = ops.masked_select(conf, pred == c)
            out.append(pix.sum() / (pix.shape[0] + 1e-6))
        return ops.stack(out)


def make():
    logits = Tensor(np.random.randn(1, 3, 16, 16).astype(np.float32))
    return ClassConfidence(), (logits,)
