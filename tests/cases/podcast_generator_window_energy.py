# case: sum per-window energies with a generator expression over a constant number of windows inside construct -> may error (generator in graph) or be static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowEnergy(nn.Cell):
    def __init__(self, n_windows=4):
        super().__init__()
        self.n_windows = n_windows

    def window(self, audio, i):
        w = audio.shape[-1] // self.n_windows
        return audio[:, i * w:(i + 1) * w]

    def construct(self, audio):
        total = sum(ops.mean(self.window(audio, i) ** 2) for i in range(self.n_windows))
        return audio / ops.sqrt(total / self.n_windows + 1e-8)


def make():
    np.random.seed(15)
    audio = Tensor(np.random.randn(2, 64).astype(np.float32))
    return WindowEnergy(), (audio,)
