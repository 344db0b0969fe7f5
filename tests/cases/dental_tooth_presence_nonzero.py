# case: list the FDI slots where a tooth is present using nonzero on the presence mask -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MissingToothFinder(nn.Cell):
    def __init__(self, num_slots=32, feat_dim=16):
        super().__init__()
        self.classifier = nn.Dense(feat_dim, 1)
        self.num_slots = num_slots

    def construct(self, slot_features):
        logits = self.classifier(slot_features).squeeze(-1)
        present = ops.sigmoid(logits) > 0.5
        present_slots = ops.nonzero(present).squeeze(-1)
        n_present = present_slots.shape[0]
        return present_slots, self.num_slots - n_present


def make():
    np.random.seed(6)
    feats = np.random.randn(32, 16).astype(np.float32)
    return MissingToothFinder(), (Tensor(feats),)
