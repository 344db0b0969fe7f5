# case: convert predicted restoration classes with .tolist() and count crowns in a Python loop inside construct -> host round trip, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CROWN, BRIDGE, IMPLANT = 1, 2, 3


class RestorationInventory(nn.Cell):
    def __init__(self, feat_dim=12, num_classes=4):
        super().__init__()
        self.fc = nn.Dense(feat_dim, num_classes)

    def construct(self, tooth_feats):
        cls = ops.argmax(self.fc(tooth_feats), dim=-1)
        n_crown, n_implant = 0, 0
        for c in cls.tolist():
            if c == CROWN:
                n_crown += 1
            elif c == IMPLANT:
                n_implant += 1
        return cls, Tensor([n_crown, n_implant], ms.int32)


def make():
    np.random.seed(32)
    feats = np.random.randn(16, 12).astype(np.float32)
    return RestorationInventory(), (Tensor(feats),)
