# case: silence gating: zero out low-energy frames with ops.select, keep full length -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnergyGate(nn.Cell):
    def __init__(self, threshold_db=-35.0, frame_length=16, smooth=True):
        super().__init__()
        self.threshold_db = threshold_db
        self.frame_length = frame_length
        self.smooth = smooth
        self.pool = nn.AvgPool1d(kernel_size=3, stride=1, pad_mode="same")

    def frame_db(self, wav):
        b, t = wav.shape
        n = t // self.frame_length
        frames = wav[:, :n * self.frame_length].reshape(b, n, self.frame_length)
        energy = (frames ** 2).mean(axis=-1)
        ref = energy.max(axis=-1, keepdims=True)
        return 10.0 * ops.log10(ops.maximum(energy, 1e-10) / (ref + 1e-10)), n

    def construct(self, wav):
        db, n = self.frame_db(wav)
        if self.smooth:
            db = self.pool(db.expand_dims(1)).squeeze(1)
        keep = db > self.threshold_db
        keep = ops.repeat_elements(keep.astype(ms.float32), self.frame_length, axis=1)
        body = wav[:, :n * self.frame_length]
        gated = ops.select(keep > 0.5, body, ops.zeros_like(body))
        return gated


def make():
    np.random.seed(3)
    wav = 1e-3 * np.random.randn(2, 100).astype(np.float32)
    wav[:, 30:70] += np.random.randn(2, 40).astype(np.float32)
    return EnergyGate(), (Tensor(wav),)
