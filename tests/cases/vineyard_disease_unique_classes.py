# case: list the distinct disease classes (downy mildew, powdery mildew, black rot, esca) spotted in a vine leaf patch grid with ops.unique -> output length from data, Graph mode dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DISEASES = ("healthy", "downy_mildew", "powdery_mildew", "black_rot", "esca")


class PatchClassifier(nn.Cell):
    def __init__(self, in_ch=3, n_cls=len(DISEASES)):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, 8, 3, pad_mode="same")
        self.head = nn.Conv2d(8, n_cls, 1)
        self.relu = nn.ReLU()

    def construct(self, leaf):
        logits = self.head(self.relu(self.conv(leaf)))
        cls_map = logits.argmax(axis=1).reshape(-1)
        present, _ = ops.unique(cls_map)
        return present, logits


def make():
    np.random.seed(21)
    leaf = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    return PatchClassifier(), (leaf,)
