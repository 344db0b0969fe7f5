# case: odour family scores pooled from descriptor logits using a constant dict of family name -> descriptor columns built in __init__ and read with string keys in construct -> constant dict and tuples, expected static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FAMILIES = {
    "citrus": (0, 1, 2),
    "floral": (3, 4, 5, 6),
    "woody": (7, 8),
    "gourmand": (9, 10, 11),
}


class FamilyPooling(nn.Cell):
    def __init__(self, n_bits=256, n_desc=12):
        super().__init__()
        self.head = nn.Dense(n_bits, n_desc)
        self.families = FAMILIES
        self.order = ("citrus", "floral", "woody", "gourmand")

    def construct(self, fp):
        p = ops.sigmoid(self.head(fp))
        scores = ()
        for name in self.order:
            cols = self.families[name]
            idx = Tensor(cols, ms.int32)
            scores = scores + (ops.gather(p, idx, 1).max(axis=1),)
        return ops.stack(scores, axis=1)


def make():
    np.random.seed(211)
    fp = Tensor((np.random.rand(5, 256) > 0.88).astype(np.float32))
    return FamilyPooling(), (fp,)
