# case: pick the best beam by pulling per-beam SNR to NumPy with asnumpy() and argmax on host -> error (asnumpy in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamSelector(nn.Cell):
    def __init__(self, n_beams=8, n_ant=4):
        super().__init__()
        ang = np.linspace(-np.pi / 3, np.pi / 3, n_beams)
        w = np.cos(np.outer(np.arange(n_ant), np.sin(ang)) * np.pi).astype(np.float32)
        self.codebook = Tensor(w)               # (n_ant, n_beams)

    def beam_snr(self, h):
        g = ops.matmul(h, self.codebook)        # (users, n_beams)
        return g * g

    def construct(self, h):
        snr = self.beam_snr(h)
        best = int(np.argmax(snr.sum(axis=0).asnumpy()))
        return snr[:, best], best


def make():
    np.random.seed(8)
    h = Tensor(np.random.randn(5, 4).astype(np.float32))
    return BeamSelector(), (h,)
