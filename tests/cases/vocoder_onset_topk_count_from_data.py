# case: pick the strongest onsets with topk where k is the number of frames above a flux threshold -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OnsetPicker(nn.Cell):
    def __init__(self, frame_len=8, flux_thresh=0.5, max_onsets=4):
        super().__init__()
        self.frame_len = frame_len
        self.flux_thresh = flux_thresh
        self.max_onsets = max_onsets

    def spectral_flux(self, wav):
        n = wav.shape[0] // self.frame_len
        frames = wav[:n * self.frame_len].reshape(n, self.frame_len)
        env = ops.abs(frames).mean(axis=1)
        flux = ops.relu(env[1:] - env[:-1])
        return flux / (flux.max() + 1e-6)

    def construct(self, wav):
        flux = self.spectral_flux(wav)
        k = (flux > self.flux_thresh).astype(ms.int32).sum()
        k = ops.minimum(k, self.max_onsets)
        vals, idx = ops.topk(flux, k)
        return idx * self.frame_len, vals


def make():
    np.random.seed(27)
    wav = 0.05 * np.random.randn(80).astype(np.float32)
    wav[16:24] += 1.0
    wav[48:56] += 0.8
    return OnsetPicker(), (Tensor(wav),)
