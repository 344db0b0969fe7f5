# case: estimate audience laughter loudness by converting the audio tensor to NumPy inside construct -> .asnumpy() in construct, rejected or fallback in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LaughterLevel(nn.Cell):
    def __init__(self, frame_len=400, ref=1.0):
        super().__init__()
        self.frame_len = frame_len
        self.ref = ref
        self.head = nn.Dense(1, 3)

    def construct(self, audio):
        frames = audio.reshape(-1, self.frame_len)
        sq = (frames * frames).mean(axis=1)
        peak = float(np.max(sq.asnumpy()))
        level = ops.sqrt(sq / (peak + 1e-8))
        return self.head(level.reshape(-1, 1))


def make():
    np.random.seed(33)
    audio = (np.random.randn(16, 400) * np.linspace(0.05, 0.6, 16)[:, None]).astype(np.float32).reshape(-1)
    return LaughterLevel(), (Tensor(audio),)
