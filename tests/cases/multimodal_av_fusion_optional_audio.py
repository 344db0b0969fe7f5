# case: audio-visual fusion with optional audio input guarded by `is None` (called without audio) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class AudioVisualFusion(nn.Cell):
    def __init__(self, vis_dim=20, aud_dim=12, hidden=16, num_classes=5):
        super().__init__()
        self.vis_enc = nn.Dense(vis_dim, hidden, activation="relu")
        self.aud_enc = nn.Dense(aud_dim, hidden, activation="relu")
        self.missing_audio = Parameter(ops.zeros((1, hidden), ms.float32), name="missing_audio")
        self.gate = nn.Dense(2 * hidden, hidden, activation="sigmoid")
        self.head = nn.Dense(hidden, num_classes)

    def encode_audio(self, audio, batch):
        if audio is None:
            return ops.broadcast_to(self.missing_audio, (batch, self.missing_audio.shape[1]))
        return self.aud_enc(audio.mean(axis=1))

    def construct(self, frames, audio=None):
        v = self.vis_enc(frames.mean(axis=1))          # (B, H)
        a = self.encode_audio(audio, frames.shape[0])
        g = self.gate(ops.concat((v, a), axis=-1))
        return self.head(g * v + (1 - g) * a)


def make():
    np.random.seed(14)
    net = AudioVisualFusion()
    frames = Tensor(np.random.randn(2, 4, 20).astype(np.float32))
    return net, (frames, None)
