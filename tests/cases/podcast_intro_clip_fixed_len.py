# case: cut a trailer clip of a constructor-given number of samples from the start of the episode and fade it in and out -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrailerClipper(nn.Cell):
    def __init__(self, clip_len=160, fade_len=32):
        super().__init__()
        self.clip_len = clip_len
        ramp = np.linspace(0.0, 1.0, fade_len).astype(np.float32)
        env = np.ones(clip_len, dtype=np.float32)
        env[:fade_len] = ramp
        env[-fade_len:] = ramp[::-1]
        self.envelope = Tensor(env)

    def construct(self, audio):
        clip = audio[:, :self.clip_len]
        return clip * self.envelope


def make():
    np.random.seed(114)
    audio = Tensor(np.random.randn(2, 400).astype(np.float32))
    return TrailerClipper(), (audio,)
