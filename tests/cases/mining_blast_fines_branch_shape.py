# case: fragmentation head that returns the full size curve when the fines fraction is high but only P80 otherwise, branching on a tensor value -> branches return tensors of different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FragFeatureEncoder(nn.Cell):
    def __init__(self, in_feats=16, hidden=32):
        super().__init__()
        self.fc = nn.Dense(in_feats, hidden)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.fc(x))


class FragmentationHead(nn.Cell):
    def __init__(self, in_feats=16, hidden=32, n_sieves=8, fines_limit=0.2):
        super().__init__()
        self.encoder = FragFeatureEncoder(in_feats, hidden)
        self.curve = nn.Dense(hidden, n_sieves)
        self.fines_limit = fines_limit

    def construct(self, image_feats):
        h = self.encoder(image_feats)
        passing = ops.sigmoid(self.curve(h)).cumsum(axis=1)
        passing = passing / passing[:, -1:]
        fines = passing[:, 0].mean()
        if fines > self.fines_limit:
            out = passing
        else:
            out = passing[:, 5]
        return out


def make():
    np.random.seed(71)
    feats = np.random.rand(4, 16).astype(np.float32)
    return FragmentationHead(), (Tensor(feats),)
