# case: adaptive VAD threshold computed with np.percentile on .asnumpy() inside construct -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveEnergyVAD(nn.Cell):
    def __init__(self, frame_len=80, percentile=30.0, margin_db=3.0):
        super().__init__()
        self.frame_len = frame_len
        self.percentile = percentile
        self.margin = margin_db

    def log_energy(self, wav):
        n = wav.shape[-1] // self.frame_len
        frames = wav[..., : n * self.frame_len].reshape(wav.shape[0], n, self.frame_len)
        return 10.0 * ops.log10(ops.mean(frames ** 2, axis=-1) + 1e-8)

    def noise_floor(self, energy_db):
        return np.percentile(energy_db.asnumpy(), self.percentile, axis=-1)

    def construct(self, wav):
        e = self.log_energy(wav)
        floor = self.noise_floor(e)
        thr = Tensor(floor, ms.float32).expand_dims(-1) + self.margin
        return (e > thr).astype(ms.float32)


def make():
    np.random.seed(4)
    wav = np.random.randn(2, 800).astype(np.float32)
    wav[:, 400:] *= 5
    return AdaptiveEnergyVAD(), (Tensor(wav),)
