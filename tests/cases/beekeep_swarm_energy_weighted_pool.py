# case: weights hive-audio frames by an energy gate (ops.where) before pooling the swarm-piping probability -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwarmDetector(nn.Cell):
    """Classifies every frame and pools with a gate so quiet frames do not vote."""

    def __init__(self, n_mels=16, hidden=8, energy_floor=0.8):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(n_mels, hidden), nn.ReLU(), nn.Dense(hidden, 2)])
        self.energy_floor = energy_floor

    def gate(self, mel):
        energy = mel.mean(axis=1)
        return ops.where(energy > self.energy_floor, ops.ones_like(energy), ops.zeros_like(energy))

    def construct(self, mel):
        probs = ops.softmax(self.body(mel), axis=-1)[:, 1]
        g = self.gate(mel)
        pooled = (probs * g).sum() / ops.maximum(g.sum(), 1.0)
        return pooled, g


def make():
    np.random.seed(9)
    mel = np.abs(np.random.randn(24, 16)).astype(np.float32)
    return SwarmDetector(), (Tensor(mel),)
