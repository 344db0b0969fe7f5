# case: parsing map argmax converted to fixed-size one-hot part masks and merged into agnostic/garment channels with constant label groups -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

UPPER_CLOTH = (4, 7)
KEEP_PARTS = (1, 2, 9, 12)


class AgnosticMaskBuilder(nn.Cell):
    def __init__(self, num_classes=14):
        super().__init__()
        self.num_classes = num_classes
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def group(self, onehot, labels):
        m = onehot[labels[0]]
        for lab in labels[1:]:
            m = m + onehot[lab]
        return m

    def construct(self, parsing_logits):
        labels = parsing_logits.argmax(axis=0)
        onehot = ops.one_hot(labels, self.num_classes, self.on, self.off).transpose(2, 0, 1)
        cloth = self.group(onehot, UPPER_CLOTH)
        keep = self.group(onehot, KEEP_PARTS)
        return ops.stack([cloth, keep])


def make():
    np.random.seed(38)
    logits = Tensor(np.random.randn(14, 10, 8).astype(np.float32))
    return AgnosticMaskBuilder(), (logits,)
