# case: adds an optional per-apiary bias to the swarm logit only when it is not None (is None test on an argument) -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwarmAudioNet(nn.Cell):
    """Swarm-imminent probability; apiary_bias corrects for microphone placement when given."""

    def __init__(self, n_mels=16, hidden=12):
        super().__init__()
        self.enc = nn.Dense(n_mels, hidden)
        self.out = nn.Dense(hidden, 1)

    def construct(self, mel, apiary_bias=None):
        h = ops.relu(self.enc(mel)).mean(axis=0, keep_dims=True)
        logit = self.out(h).reshape(())
        if apiary_bias is not None:
            logit = logit + apiary_bias
        return ops.sigmoid(logit)


def make():
    np.random.seed(25)
    mel = np.abs(np.random.randn(30, 16)).astype(np.float32)
    return SwarmAudioNet(), (Tensor(mel), None)
