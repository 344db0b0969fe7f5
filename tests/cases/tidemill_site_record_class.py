# case: wrap each candidate tidal site's scores in a plain Python record object created inside construct and return its weighted total -> plain class instantiated in construct, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SiteRecord:
    def __init__(self, energy, access, ecology):
        self.energy = energy
        self.access = access
        self.ecology = ecology

    def total(self, w):
        return w[0] * self.energy + w[1] * self.access + w[2] * self.ecology


class SiteScorer(nn.Cell):
    def __init__(self, weights=(0.6, 0.25, 0.15)):
        super().__init__()
        self.weights = weights

    def construct(self, scores):
        rec = SiteRecord(scores[:, 0], scores[:, 1], scores[:, 2])
        total = rec.total(self.weights)
        return total, ops.argmax(total)


def make():
    np.random.seed(3291)
    scores = np.random.uniform(0, 10, size=(7, 3)).astype(np.float32)
    return SiteScorer(), (Tensor(scores),)
