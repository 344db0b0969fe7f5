# case: hard feature gate keeps only columns whose batch gate exceeds a threshold via nonzero + gather -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardGatedPooling(nn.Cell):
    """Learned feature gates; at inference the columns with gate > threshold are pooled."""

    def __init__(self, n_features=10, threshold=0.5, hidden=8):
        super().__init__()
        self.gate_net = nn.SequentialCell([
            nn.Dense(n_features, hidden), nn.ReLU(), nn.Dense(hidden, n_features), nn.Sigmoid()])
        self.threshold = threshold
        self.proj = nn.Dense(1, hidden)

    def select_columns(self, x, gates):
        keep = gates.mean(axis=0) > self.threshold
        idx = ops.nonzero(keep).reshape(-1)
        return ops.gather(x, idx, 1)

    def construct(self, x):
        gates = self.gate_net(x)
        selected = self.select_columns(x * gates, gates)
        pooled = selected.sum(axis=1, keepdims=True) / (selected.shape[1] + 1e-6)
        return self.proj(pooled)


def make():
    np.random.seed(2)
    ms.set_seed(2)
    x = Tensor(np.random.randn(5, 10).astype(np.float32))
    return HardGatedPooling(), (x,)
