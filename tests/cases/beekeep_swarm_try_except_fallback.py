# case: wraps the swarm-audio classifier call in try/except to fall back to a zero score in construct -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwarmAudioNet(nn.Cell):
    """Swarm-imminent probability from a mel spectrogram with a defensive fallback."""

    def __init__(self, n_mels=16, hidden=12):
        super().__init__()
        self.enc = nn.Dense(n_mels, hidden)
        self.out = nn.Dense(hidden, 1)

    def classify(self, mel):
        h = ops.relu(self.enc(mel)).mean(axis=0, keep_dims=True)
        return ops.sigmoid(self.out(h)).reshape(())

    def construct(self, mel):
        try:
            p = self.classify(mel)
        except ValueError:
            p = ops.zeros((), ms.float32)
        return p


def make():
    np.random.seed(24)
    mel = np.abs(np.random.randn(30, 16)).astype(np.float32)
    return SwarmAudioNet(), (Tensor(mel),)
