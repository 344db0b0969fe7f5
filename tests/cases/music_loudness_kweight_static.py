# case: loudness normalisation with a K-weighting-like FIR, gated block energies via masked mean, gain clipped -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KWeighting(nn.Cell):
    def __init__(self, taps=(1.0, -0.9)):
        super().__init__()
        k = np.array(taps[::-1], np.float32).reshape(1, 1, -1)
        self.kernel = Tensor(k)
        self.pad = len(taps) - 1

    def construct(self, x):
        x = ops.pad(x.expand_dims(1), (self.pad, 0))
        return ops.conv1d(x, self.kernel).squeeze(1)


class GatedLoudness(nn.Cell):
    def __init__(self, block=50, gate_db=-70.0, target_lufs=-23.0, max_gain=8.0):
        super().__init__()
        self.weighting = KWeighting()
        self.block = block
        self.gate = 10.0 ** (gate_db / 10.0)
        self.target = target_lufs
        self.max_gain = max_gain

    def block_energy(self, x):
        b, n = x.shape
        n_blocks = n // self.block
        x = x[:, :n_blocks * self.block].reshape(b, n_blocks, self.block)
        return (x ** 2).mean(axis=-1)

    def construct(self, audio):
        energy = self.block_energy(self.weighting(audio))
        keep = (energy > self.gate).astype(ms.float32)
        gated = (energy * keep).sum(-1) / ops.maximum(keep.sum(-1), 1.0)
        lufs = -0.691 + 10.0 * ops.log10(gated + 1e-12)
        gain = ops.pow(10.0, (self.target - lufs) / 20.0)
        gain = ops.clip(gain, 0.0, self.max_gain)
        return audio * gain.expand_dims(-1), lufs


def make():
    np.random.seed(15)
    audio = Tensor((0.1 * np.random.randn(3, 430)).astype(np.float32))
    return GatedLoudness(), (audio,)
