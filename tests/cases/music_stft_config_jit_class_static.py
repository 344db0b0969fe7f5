# case: spectrogram frontend reading hop/window settings from a read-only @ms.jit_class config passed at init -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class FrameConfig:
    def __init__(self, win=16, hop=8, center=True):
        self.win = win
        self.hop = hop
        self.center = center

    def n_frames(self, n_samples):
        return 1 + (n_samples - self.win) // self.hop


class FramedDFT(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else FrameConfig()
        win = self.cfg.win
        n = np.arange(win)
        k = np.arange(win // 2 + 1).reshape(-1, 1)
        window = 0.5 - 0.5 * np.cos(2 * np.pi * n / win)
        self.cos_basis = Tensor((np.cos(2 * np.pi * k * n / win) * window).astype(np.float32))
        self.sin_basis = Tensor((-np.sin(2 * np.pi * k * n / win) * window).astype(np.float32))

    def construct(self, audio):
        if self.cfg.center:
            audio = ops.pad(audio, (self.cfg.win // 2, self.cfg.win // 2), mode="reflect")
        n_frames = self.cfg.n_frames(audio.shape[-1])
        frames = ops.stack([audio[:, i * self.cfg.hop:i * self.cfg.hop + self.cfg.win]
                            for i in range(n_frames)], axis=1)
        re = ops.matmul(frames, self.cos_basis.T)
        im = ops.matmul(frames, self.sin_basis.T)
        return ops.sqrt(re ** 2 + im ** 2 + 1e-9)


def make():
    np.random.seed(37)
    audio = Tensor(np.random.randn(2, 64).astype(np.float32))
    return FramedDFT(), (audio,)
