# case: fragmentation model whose output head is chosen by a python config flag (full curve or P80 only) -> branch on a constant, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FragmentationModel(nn.Cell):
    def __init__(self, in_feats=16, hidden=32, n_sieves=8, p80_only=True, use_dropout=False):
        super().__init__()
        self.p80_only = p80_only
        self.use_dropout = use_dropout
        self.fc = nn.Dense(in_feats, hidden)
        self.drop = nn.Dropout(p=0.1)
        self.curve = nn.Dense(hidden, n_sieves)

    def construct(self, image_feats):
        h = ops.relu(self.fc(image_feats))
        if self.use_dropout:
            h = self.drop(h)
        passing = ops.sigmoid(self.curve(h)).cumsum(axis=1)
        passing = passing / passing[:, -1:]
        if self.p80_only:
            return passing[:, 5]
        return passing


def make():
    np.random.seed(73)
    feats = np.random.rand(4, 16).astype(np.float32)
    return FragmentationModel(), (Tensor(feats),)
