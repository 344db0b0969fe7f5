# case: energy-based voice activity trimming that finds speech frames with ops.nonzero and slices the waveform frames between the first and last active index -> Graph mode should go dynamic or reject (size from data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FRAME_LEN = 160


def frame_energy(frames, eps=1e-6):
    return ops.log(ops.mean(frames * frames, axis=-1) + eps)


class EnergyVAD(nn.Cell):
    def __init__(self, threshold_db=-4.0, margin=1):
        super().__init__()
        self.threshold = threshold_db
        self.margin = margin

    def construct(self, wav):
        frames = wav.reshape(-1, FRAME_LEN)
        energy = frame_energy(frames)
        active = ops.nonzero(energy > self.threshold)
        first = active[0, 0]
        last = active[-1, 0] + 1
        return frames[first:last]


def make():
    np.random.seed(3307)
    wav = np.random.randn(FRAME_LEN * 20).astype(np.float32) * 0.01
    wav[FRAME_LEN * 5:FRAME_LEN * 14] += np.random.randn(FRAME_LEN * 9).astype(np.float32)
    return EnergyVAD(), (Tensor(wav),)
