# case: compute a berry anthocyanin index from hyperspectral bands, converting to NumPy with .asnumpy() inside construct to use np.clip -> asnumpy in construct, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

RED_BAND, GREEN_BAND, NIR_BAND = 3, 1, 7


class AnthocyaninIndex(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = nn.Dense(1, 1)

    def construct(self, cube):
        green = cube[:, GREEN_BAND]
        nir = cube[:, NIR_BAND]
        ari = 1.0 / (green + 1e-3) - 1.0 / (nir + 1e-3)
        ari_np = np.clip(ari.asnumpy(), -50.0, 50.0)
        ari = Tensor(ari_np)
        return self.scale(ari.reshape(-1, 1))


def make():
    np.random.seed(111)
    cube = Tensor((0.05 + np.random.rand(30, 8)).astype(np.float32))
    return AnthocyaninIndex(), (cube,)
