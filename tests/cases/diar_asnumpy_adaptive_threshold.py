# case: picks an adaptive VAD threshold with np.percentile on energies pulled to the host with .asnumpy() inside construct -> host round trip not allowed in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnergyVAD(nn.Cell):
    def __init__(self, percentile=30.0, margin=0.1):
        super().__init__()
        self.percentile = percentile
        self.margin = margin

    def _frame_energy(self, wav_frames):
        return ops.log((wav_frames * wav_frames).mean(axis=-1) + 1e-8)

    def construct(self, wav_frames):
        # wav_frames: (T, L)
        energy = self._frame_energy(wav_frames)
        thr = np.percentile(energy.asnumpy(), self.percentile) + self.margin
        vad = (energy > Tensor(thr, ms.float32)).astype(ms.float32)
        return vad


def make():
    np.random.seed(7)
    frames = np.random.randn(32, 40).astype(np.float32)
    frames[::3] *= 0.05
    return EnergyVAD(), (Tensor(frames),)
