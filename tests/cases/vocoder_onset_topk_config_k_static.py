# case: onset picking with topk of a fixed config k and suppression of weak picks via where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKOnsets(nn.Cell):
    def __init__(self, frame_len=8, k=3, min_strength=0.2):
        super().__init__()
        self.frame_len = frame_len
        self.k = k
        self.min_strength = min_strength

    def envelope(self, wav):
        b, t = wav.shape
        n = t // self.frame_len
        frames = wav[:, :n * self.frame_len].reshape(b, n, self.frame_len)
        return ops.sqrt((frames ** 2).mean(-1) + 1e-8)

    def construct(self, wav):
        env = self.envelope(wav)
        flux = ops.relu(env[:, 1:] - env[:, :-1])
        k = min(self.k, flux.shape[-1])
        vals, idx = ops.topk(flux, k)
        keep = vals > self.min_strength
        pos = ops.where(keep, (idx + 1) * self.frame_len, ops.full_like(idx, -1))
        return pos, vals


def make():
    np.random.seed(28)
    wav = 0.05 * np.random.randn(2, 80).astype(np.float32)
    wav[:, 24:40] += 0.9
    return TopKOnsets(), (Tensor(wav),)
