# case: count distinct predicted tooth numbers with ops.unique to detect duplicate numbering -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DuplicateNumberCheck(nn.Cell):
    def __init__(self, num_classes=32):
        super().__init__()
        self.num_classes = num_classes
        self.unique = ops.Unique()

    def construct(self, class_logits):
        labels = ops.argmax(class_logits, dim=-1).astype(ms.int32)
        distinct, inverse = self.unique(labels)
        counts = ops.zeros((distinct.shape[0],), ms.float32)
        counts = ops.tensor_scatter_add(counts, inverse.expand_dims(-1),
                                        ops.ones(labels.shape, ms.float32))
        n_dup = (counts > 1).astype(ms.int32).sum()
        return distinct, n_dup


def make():
    np.random.seed(8)
    logits = np.random.randn(28, 32).astype(np.float32)
    return DuplicateNumberCheck(), (Tensor(logits),)
