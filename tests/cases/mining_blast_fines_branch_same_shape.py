# case: fragmentation head that rescales the size curve differently when the fines fraction is high, branching on a tensor but both branches keep the same shape -> should compile (tensor-dependent control flow with equal shapes)
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


class FragmentationHeadSafe(nn.Cell):
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
            out = passing * 0.9
        else:
            out = passing
        return out


def make():
    np.random.seed(72)
    feats = np.random.rand(4, 16).astype(np.float32)
    return FragmentationHeadSafe(), (Tensor(feats),)
