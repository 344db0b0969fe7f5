# case: count predicted species across a burst with one_hot and a sum over frames -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeciesClassifier(nn.Cell):
    def __init__(self, feat_dim=24, num_species=10):
        super().__init__()
        self.fc1 = nn.Dense(feat_dim, 32)
        self.fc2 = nn.Dense(32, num_species)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.fc2(self.act(self.fc1(x)))


class BurstSpeciesCounts(nn.Cell):
    def __init__(self, num_species=10):
        super().__init__()
        self.num_species = num_species
        self.clf = SpeciesClassifier(num_species=num_species)

    def construct(self, feats):
        logits = self.clf(feats)
        pred = ops.argmax(logits, dim=1)
        onehot = ops.one_hot(pred, self.num_species, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        counts = onehot.sum(axis=0)
        richness = (counts > 0).astype(ms.int32).sum()
        return counts, richness


def make():
    np.random.seed(5)
    feats = Tensor(np.random.randn(8, 24).astype(np.float32))
    return BurstSpeciesCounts(), (feats,)
