# case: pick the strongest storage-modulus readings, k = number of readings past the cutting threshold -> top-k size from tensor data, expect Graph mode to reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CUT_THRESHOLD_PA = 35.0


class CuttingTimeEstimator(nn.Cell):
    """Estimates a curd cutting index from an oscillatory rheometry trace."""

    def __init__(self, n_points=64, hidden=16):
        super().__init__()
        self.smooth = nn.Conv1d(2, 4, kernel_size=5, pad_mode="same")
        self.head = nn.Dense(4, hidden)
        self.out = nn.Dense(hidden, 1)
        self.n_points = n_points

    def firm_readings(self, g_prime):
        above = (g_prime > CUT_THRESHOLD_PA).astype(ms.int32)
        k = int(above.sum())
        values, _ = ops.topk(g_prime, k)
        return values

    def construct(self, trace):
        # trace: (1, 2, n_points) -> channel 0 = G', channel 1 = G''
        feats = ops.relu(self.smooth(trace))
        pooled = feats.mean(axis=2)
        score = self.out(ops.tanh(self.head(pooled)))
        firm = self.firm_readings(trace[0, 0])
        return score + firm.mean()


def make():
    np.random.seed(3201)
    t = np.linspace(0, 1, 64, dtype=np.float32)
    g_prime = 60.0 / (1.0 + np.exp(-10 * (t - 0.5))) + np.random.rand(64).astype(np.float32)
    g_second = 0.3 * g_prime + np.random.rand(64).astype(np.float32)
    trace = np.stack([g_prime, g_second])[None].astype(np.float32)
    return CuttingTimeEstimator(), (Tensor(trace),)
