# case: WaveNet-style vocoder: frames audio by hop from .shape, dilated gated residual stack over range(n_layers) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GatedResidual(nn.Cell):
    def __init__(self, channels, cond_channels, dilation):
        super().__init__()
        self.dilated = nn.Conv1d(channels, 2 * channels, 2, dilation=dilation, pad_mode="pad",
                                 padding=0, has_bias=True)
        self.cond = nn.Conv1d(cond_channels, 2 * channels, 1)
        self.res = nn.Conv1d(channels, channels, 1)
        self.skip = nn.Conv1d(channels, channels, 1)
        self.left_pad = dilation

    def construct(self, x, c):
        h = self.dilated(ops.pad(x, (self.left_pad, 0))) + self.cond(c)
        a, b = ops.split(h, h.shape[1] // 2, axis=1)
        z = ops.tanh(a) * ops.sigmoid(b)
        return x + self.res(z), self.skip(z)


class FramedWaveNet(nn.Cell):
    def __init__(self, hop=8, channels=12, cond_channels=10, n_layers=4, use_skip=True):
        super().__init__()
        self.hop = hop
        self.inp = nn.Conv1d(1, channels, 1)
        self.layers = nn.CellList([GatedResidual(channels, cond_channels, 2 ** (i % 3))
                                   for i in range(n_layers)])
        self.out = nn.Conv1d(channels, 1, 1)
        self.use_skip = use_skip

    def construct(self, audio, mel):
        n_frames = audio.shape[-1] // self.hop
        audio = audio[..., :n_frames * self.hop]
        cond = ops.repeat_interleave(mel[..., :n_frames], self.hop, axis=-1)
        x = self.inp(audio)
        skips = ops.zeros_like(x)
        for layer in self.layers:
            x, s = layer(x, cond)
            skips = skips + s
        y = skips if self.use_skip else x
        return self.out(ops.relu(y))


def make():
    np.random.seed(31)
    audio = Tensor(np.random.randn(1, 1, 70).astype(np.float32))
    mel = Tensor(np.random.randn(1, 10, 9).astype(np.float32))
    return FramedWaveNet(), (audio, mel)
