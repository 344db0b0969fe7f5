# case: waveform pre-emphasis via shifted slices, DC removal and deterministic dither added before framing -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WaveformConditioner(nn.Cell):
    def __init__(self, preemph=0.97, dither=1e-4, remove_dc=True):
        super().__init__()
        self.preemph = preemph
        self.dither = dither
        self.remove_dc = remove_dc

    def construct(self, wav, noise):
        if self.remove_dc:
            wav = wav - wav.mean(axis=-1, keep_dims=True)
        if self.dither > 0:
            wav = wav + self.dither * noise
        head = wav[..., :1]
        tail = wav[..., 1:] - self.preemph * wav[..., :-1]
        return ops.concat((head, tail), axis=-1)


class FramedEnergy(nn.Cell):
    def __init__(self, frame=40):
        super().__init__()
        self.cond = WaveformConditioner()
        self.frame = frame

    def construct(self, wav, noise):
        x = self.cond(wav, noise)
        b, n = x.shape
        frames = x[:, : (n // self.frame) * self.frame].reshape(b, n // self.frame, self.frame)
        return ops.log((frames ** 2).sum(axis=-1) + 1e-8)


def make():
    np.random.seed(34)
    wav = np.random.randn(2, 410).astype(np.float32)
    noise = np.random.randn(2, 410).astype(np.float32)
    return FramedEnergy(), (Tensor(wav), Tensor(noise))
