# case: growth stage classifier that appends an NDVI feature only when the Python bool flag use_ndvi is set in the constructor -> constant flag branch, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GrowthStageClassifier(nn.Cell):
    def __init__(self, n_bands=4, n_stages=5, use_ndvi=True, red_idx=2, nir_idx=3):
        super().__init__()
        self.use_ndvi = use_ndvi
        self.red_idx = red_idx
        self.nir_idx = nir_idx
        in_dim = n_bands + 1 if use_ndvi else n_bands
        self.mlp = nn.SequentialCell([nn.Dense(in_dim, 16), nn.ReLU(), nn.Dense(16, n_stages)])

    def construct(self, bands):
        feats = bands
        if self.use_ndvi:
            red = bands[:, self.red_idx:self.red_idx + 1]
            nir = bands[:, self.nir_idx:self.nir_idx + 1]
            feats = ops.concat((bands, (nir - red) / (nir + red + 1e-6)), axis=1)
        return ops.softmax(self.mlp(feats), axis=-1)


def make():
    np.random.seed(35)
    bands = Tensor(np.random.rand(7, 4).astype(np.float32))
    return GrowthStageClassifier(), (bands,)
