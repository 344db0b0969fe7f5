# case: @ms.jit_class STFT config object built in __init__ and only read in construct for framing -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class STFTConfig:
    def __init__(self, n_fft=16, hop=4, center=True):
        self.n_fft = n_fft
        self.hop = hop
        self.center = center

    def n_frames(self, length):
        return (length - self.n_fft) // self.hop + 1


class FrameEnergy(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else STFTConfig()
        self.window = Tensor(np.hanning(self.cfg.n_fft).astype(np.float32))

    def construct(self, wav):
        if self.cfg.center:
            half = self.cfg.n_fft // 2
            wav = ops.pad(wav, (half, half))
        n = self.cfg.n_frames(wav.shape[-1])
        frames = []
        for i in range(n):
            start = i * self.cfg.hop
            frames.append(wav[:, start:start + self.cfg.n_fft] * self.window)
        frames = ops.stack(frames, axis=1)
        return ops.sqrt((frames ** 2).mean(-1) + 1e-9)


def make():
    np.random.seed(17)
    wav = np.random.randn(2, 48).astype(np.float32)
    return FrameEnergy(), (Tensor(wav),)
