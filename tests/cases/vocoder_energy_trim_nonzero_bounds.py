# case: silence trimming: frame energies, nonzero over threshold, slice first..last voiced frame -> dynamic shape at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def frame_energy(wav, frame_len, hop):
    n_frames = (wav.shape[-1] - frame_len) // hop + 1
    frames = [wav[i * hop:i * hop + frame_len] for i in range(n_frames)]
    frames = ops.stack(frames)
    return (frames * frames).mean(axis=-1)


class SilenceTrimmer(nn.Cell):
    def __init__(self, top_db=40.0, frame_length=16, hop_length=8):
        super().__init__()
        self.top_db = top_db
        self.frame_length = frame_length
        self.hop_length = hop_length

    def to_db(self, energy):
        ref = energy.max()
        return 10.0 * ops.log10(ops.maximum(energy, 1e-10) / ref)

    def construct(self, wav):
        energy = frame_energy(wav, self.frame_length, self.hop_length)
        db = self.to_db(energy)
        voiced = ops.nonzero(db > -self.top_db).reshape(-1)
        start = voiced[0] * self.hop_length
        end = voiced[-1] * self.hop_length + self.frame_length
        return wav[start:end]


def make():
    np.random.seed(2)
    wav = np.zeros(128, dtype=np.float32)
    wav[40:90] = np.random.randn(50).astype(np.float32)
    wav += 1e-4 * np.random.randn(128).astype(np.float32)
    return SilenceTrimmer(), (Tensor(wav),)
