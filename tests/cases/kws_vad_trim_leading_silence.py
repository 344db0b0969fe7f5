# case: energy VAD finds first voiced frame and trims leading silence with a data-dependent slice -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def frame_energy(frames, eps=1e-6):
    """Log energy per frame, frames: (T, L)."""
    power = ops.mean(frames * frames, axis=-1)
    return ops.log(power + eps)


class LeadingSilenceTrimmer(nn.Cell):
    def __init__(self, frame_len=64, hop=32, threshold_db=-4.0):
        super().__init__()
        self.frame_len = frame_len
        self.hop = hop
        self.threshold = threshold_db

    def _frame(self, wav):
        n = 1 + (wav.shape[0] - self.frame_len) // self.hop
        frames = [wav[i * self.hop:i * self.hop + self.frame_len] for i in range(n)]
        return ops.stack(frames)

    def construct(self, wav):
        frames = self._frame(wav)
        energy = frame_energy(frames)
        voiced = (energy > self.threshold).astype(ms.int32)
        first = ops.argmax(voiced)
        speech = frames[first:]
        return speech.mean(axis=0)


def make():
    np.random.seed(0)
    wav = np.random.randn(640).astype(np.float32) * 0.01
    wav[200:] += np.random.randn(440).astype(np.float32)
    return LeadingSilenceTrimmer(), (Tensor(wav),)
