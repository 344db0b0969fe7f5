# case: length regulator with fixed frames-per-token from config, then upsampling conv stack -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedRateUpsampler(nn.Cell):
    def __init__(self, dim=8, frames_per_token=3, hop=4, use_noise=False):
        super().__init__()
        self.frames_per_token = frames_per_token
        self.use_noise = use_noise
        self.proj = nn.Dense(dim, dim)
        self.up = nn.Conv1dTranspose(dim, 1, 2 * hop, stride=hop, pad_mode="same")

    def regulate(self, tokens):
        b, n, d = tokens.shape
        x = tokens.expand_dims(2)
        x = ops.broadcast_to(x, (b, n, self.frames_per_token, d))
        return x.reshape(b, n * self.frames_per_token, d)

    def construct(self, tokens, noise=None):
        frames = self.proj(self.regulate(tokens))
        if self.use_noise and noise is not None:
            frames = frames + noise
        wav = self.up(frames.transpose(0, 2, 1))
        return wav.squeeze(1)


def make():
    np.random.seed(26)
    tokens = np.random.randn(2, 4, 8).astype(np.float32)
    return FixedRateUpsampler(), (Tensor(tokens),)
