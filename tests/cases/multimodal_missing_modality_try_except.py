# case: missing-modality handling wraps the audio branch in try/except to fall back to a learned token -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RobustAVEncoder(nn.Cell):
    def __init__(self, vis_dim=20, aud_dim=12, hidden=16, num_classes=3):
        super().__init__()
        self.vis = nn.Dense(vis_dim, hidden)
        self.aud = nn.Dense(aud_dim, hidden)
        self.fallback = Parameter(ops.zeros((1, hidden), ms.float32), name="audio_fallback")
        self.head = nn.Dense(hidden, num_classes)

    def encode_audio(self, audio, batch):
        try:
            return self.aud(audio.mean(axis=1))
        except (ValueError, TypeError):
            return ops.tile(self.fallback, (batch, 1))

    def construct(self, frames, audio):
        v = self.vis(frames.mean(axis=1))
        a = self.encode_audio(audio, frames.shape[0])
        return self.head(v + a)


def make():
    np.random.seed(22)
    net = RobustAVEncoder()
    frames = Tensor(np.random.randn(2, 4, 20).astype(np.float32))
    audio = Tensor(np.random.randn(2, 6, 12).astype(np.float32))
    return net, (frames, audio)
