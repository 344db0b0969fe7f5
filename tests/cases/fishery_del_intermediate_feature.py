# case: deck camera species net frees an intermediate feature map with `del` before the classification head -> del statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeciesNet(nn.Cell):
    def __init__(self, n_species=8):
        super().__init__()
        self.stem = nn.Conv2d(3, 8, 3, stride=2, pad_mode="same")
        self.block = nn.Conv2d(8, 16, 3, stride=2, pad_mode="same")
        self.head = nn.Dense(16, n_species)
        self.act = nn.ReLU()

    def construct(self, img):
        stem = self.act(self.stem(img))
        feat = self.act(self.block(stem))
        del stem
        pooled = feat.mean(axis=(2, 3))
        return self.head(pooled)


def make():
    np.random.seed(37)
    img = Tensor(np.random.rand(2, 3, 32, 32).astype(np.float32))
    return SpeciesNet(), (img,)
