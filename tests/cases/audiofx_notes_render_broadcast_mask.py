# case: synth renderer renders all padded notes at once by broadcasting and weights them with a note-valid mask -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VectorNoteRenderer(nn.Cell):
    def __init__(self, sr=800.0, n_samples=64):
        super().__init__()
        self.t = Tensor(np.arange(n_samples, dtype=np.float32) / sr)
        self.two_pi = float(2.0 * np.pi)

    def construct(self, freqs, amps, note_mask):
        phase = self.two_pi * freqs.expand_dims(-1) * self.t.expand_dims(0)
        voices = amps.expand_dims(-1) * ops.sin(phase)
        voices = voices * note_mask.expand_dims(-1)
        mix = voices.sum(axis=0)
        n = ops.maximum(note_mask.sum(), 1.0)
        return mix / ops.sqrt(n)


def make():
    np.random.seed(35)
    freqs = Tensor((100 + 200 * np.random.rand(8)).astype(np.float32))
    amps = Tensor((0.1 + 0.2 * np.random.rand(8)).astype(np.float32))
    mask = Tensor(np.array([1, 1, 1, 1, 1, 0, 0, 0], dtype=np.float32))
    return VectorNoteRenderer(), (freqs, amps, mask)
