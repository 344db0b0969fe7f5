# case: keep the top-3 species candidates per deck camera crop, k fixed in the config -> constant k, graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CropEncoder(nn.Cell):
    def __init__(self, in_ch=3, width=16):
        super().__init__()
        self.conv1 = nn.Conv2d(in_ch, width, 3, pad_mode="same")
        self.conv2 = nn.Conv2d(width, width * 2, 3, stride=2, pad_mode="same")
        self.act = nn.ReLU()

    def construct(self, x):
        x = self.act(self.conv1(x))
        x = self.act(self.conv2(x))
        return x.mean(axis=(2, 3))


class SpeciesRecognizer(nn.Cell):
    def __init__(self, n_species=10, top_k=3):
        super().__init__()
        self.encoder = CropEncoder()
        self.cls = nn.Dense(32, n_species)
        self.top_k = top_k

    def construct(self, crops):
        emb = self.encoder(crops)
        probs = ops.softmax(self.cls(emb), axis=-1)
        scores, ids = ops.topk(probs, self.top_k)
        return scores, ids


def make():
    np.random.seed(12)
    crops = Tensor(np.random.rand(4, 3, 32, 32).astype(np.float32))
    return SpeciesRecognizer(), (crops,)
