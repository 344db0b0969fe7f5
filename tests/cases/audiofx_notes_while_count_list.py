# case: synth renderer loops while i < n_notes (a tensor) rendering one sine per note into a list and sums them -> error or dynamic (data-dependent loop growing a list)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NoteRenderer(nn.Cell):
    def __init__(self, sr=800.0, n_samples=64):
        super().__init__()
        self.t = Tensor(np.arange(n_samples, dtype=np.float32) / sr)

    def render(self, freq, amp):
        return amp * ops.sin(2.0 * np.pi * freq * self.t)

    def construct(self, freqs, amps, n_notes):
        voices = []
        i = 0
        while i < n_notes:
            voices.append(self.render(freqs[i], amps[i]))
            i = i + 1
        return ops.stack(voices).sum(axis=0)


def make():
    np.random.seed(34)
    freqs = Tensor((100 + 200 * np.random.rand(8)).astype(np.float32))
    amps = Tensor((0.1 + 0.2 * np.random.rand(8)).astype(np.float32))
    return NoteRenderer(), (freqs, amps, Tensor(5, ms.int32))
