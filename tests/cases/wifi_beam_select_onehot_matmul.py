# case: choose the best beam per user with argmax and a one-hot mask instead of indexing on host -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamSelectorOneHot(nn.Cell):
    def __init__(self, n_beams=8, n_ant=4):
        super().__init__()
        ang = np.linspace(-np.pi / 3, np.pi / 3, n_beams)
        w = np.cos(np.outer(np.arange(n_ant), np.sin(ang)) * np.pi).astype(np.float32)
        self.codebook = Tensor(w)
        self.n_beams = n_beams

    def construct(self, h):
        g = ops.matmul(h, self.codebook)
        snr = g * g
        best = ops.argmax(snr, dim=-1)
        onehot = ops.one_hot(best, self.n_beams, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        best_snr = (snr * onehot).sum(axis=-1)
        weights = ops.matmul(onehot, self.codebook.T)      # (users, n_ant)
        return best, best_snr, weights


def make():
    np.random.seed(9)
    h = Tensor(np.random.randn(5, 4).astype(np.float32))
    return BeamSelectorOneHot(), (h,)
