# case: average reconstruction error only over non-dropped sensors by multiplying with a float mask and dividing by its sum -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedReconLoss(nn.Cell):
    def __init__(self, n_features=6, hidden=3):
        super().__init__()
        self.encoder = nn.SequentialCell([nn.Dense(n_features, hidden), nn.Tanh()])
        self.decoder = nn.Dense(hidden, n_features)

    def construct(self, x, available):
        mask = available.astype(ms.float32)
        recon = self.decoder(self.encoder(x * mask))
        err = ops.square(x - recon) * mask
        per_step = err.sum(axis=1) / ops.clamp(mask.sum(axis=1), min=1.0)
        return per_step


def make():
    np.random.seed(32)
    x = Tensor(np.random.randn(10, 6).astype(np.float32))
    available = Tensor((np.random.rand(10, 6) > 0.15))
    return MaskedReconLoss(), (x, available)
