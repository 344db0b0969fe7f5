# case: label remapper converts predicted ids to a Python list with tolist() and maps via a dict -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ID2LABEL = {0: 0, 1: 2, 2: 1}


class RemappedClassifier(nn.Cell):
    def __init__(self, in_dim=5, num_labels=3, id2label=None, remap=True):
        super().__init__()
        self.fc = nn.Dense(in_dim, num_labels)
        self.id2label = ID2LABEL if id2label is None else id2label
        self.remap = remap

    def _remap(self, ids):
        return [self.id2label[i] for i in ids]

    def construct(self, x):
        logits = self.fc(x)
        pred = ops.argmax(logits, dim=-1)
        if not self.remap:
            return pred
        mapped = self._remap(pred.tolist())
        return Tensor(mapped, ms.int32)


def make():
    np.random.seed(18)
    x = Tensor(np.random.randn(4, 5).astype(np.float32))
    return RemappedClassifier(), (x,)
