# case: energy-based silence trimming that finds voiced frames with nonzero and slices between them -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SilenceTrimmer(nn.Cell):
    def __init__(self, frame_len=4, top_db=20.0):
        super().__init__()
        self.frame_len = frame_len
        self.top_db = top_db

    def frame_energy_db(self, wav):
        n_frames = wav.shape[0] // self.frame_len
        frames = wav[: n_frames * self.frame_len].reshape(n_frames, self.frame_len)
        energy = (frames * frames).mean(axis=1)
        return 10.0 * ops.log10(energy + 1e-10)

    def construct(self, wav):
        db = self.frame_energy_db(wav)
        voiced = db > (db.max() - self.top_db)
        idx = ops.nonzero(voiced).reshape(-1)
        start = idx[0] * self.frame_len
        end = (idx[-1] + 1) * self.frame_len
        return wav[start:end]


def make():
    np.random.seed(1)
    wav = np.random.randn(64).astype(np.float32) * 0.001
    wav[20:44] += np.random.randn(24).astype(np.float32)
    return SilenceTrimmer(), (Tensor(wav),)
