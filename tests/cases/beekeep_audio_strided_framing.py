# case: frames a raw hive-audio signal into overlapping windows with a constant gather index built in __init__ and computes per-frame RMS -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HiveAudioFramer(nn.Cell):
    """Windowed RMS envelope of the hive hum (frame=16 samples, hop=8)."""

    def __init__(self, n_samples=128, frame=16, hop=8):
        super().__init__()
        n_frames = 1 + (n_samples - frame) // hop
        idx = np.arange(frame)[None, :] + hop * np.arange(n_frames)[:, None]
        self.idx = Tensor(idx.astype(np.int32))
        self.window = Tensor(np.hanning(frame).astype(np.float32))

    def construct(self, signal):
        frames = ops.gather(signal, self.idx, 1) * self.window
        rms = ops.sqrt((frames * frames).mean(axis=-1) + 1e-8)
        return rms, rms.max(axis=-1)


def make():
    np.random.seed(39)
    sig = np.random.randn(3, 128).astype(np.float32)
    return HiveAudioFramer(), (Tensor(sig),)
