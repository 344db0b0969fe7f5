# case: list the distinct species predicted across a camera-trap burst with ops.unique and count them -> dynamic shape from unique
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


class BurstSpeciesList(nn.Cell):
    def __init__(self):
        super().__init__()
        self.clf = SpeciesClassifier()

    def construct(self, feats):
        logits = self.clf(feats)
        pred = ops.argmax(logits, dim=1)
        species, inverse = ops.unique(pred)
        richness = species.shape[0]
        return species, inverse, richness


def make():
    np.random.seed(5)
    feats = Tensor(np.random.randn(8, 24).astype(np.float32))
    return BurstSpeciesList(), (feats,)
