# case: selects loud hive-audio frames with a boolean-mask index before a swarm-piping classifier -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PipingClassifier(nn.Cell):
    def __init__(self, n_mels=16, hidden=8):
        super().__init__()
        self.fc1 = nn.Dense(n_mels, hidden)
        self.fc2 = nn.Dense(hidden, 2)
        self.act = nn.ReLU()

    def construct(self, frames):
        return self.fc2(self.act(self.fc1(frames)))


class SwarmDetector(nn.Cell):
    """Only frames above the energy floor are classified for queen piping."""

    def __init__(self, energy_floor=0.8):
        super().__init__()
        self.clf = PipingClassifier()
        self.energy_floor = energy_floor

    def construct(self, mel):
        energy = mel.mean(axis=1)
        loud = mel[energy > self.energy_floor]
        logits = self.clf(loud)
        return ops.softmax(logits, axis=-1)[:, 1].mean()


def make():
    np.random.seed(8)
    mel = np.abs(np.random.randn(24, 16)).astype(np.float32)
    return SwarmDetector(), (Tensor(mel),)
