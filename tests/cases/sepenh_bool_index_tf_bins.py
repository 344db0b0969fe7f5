# case: selects the time-frequency bins where the estimated mask exceeds 0.5 with boolean indexing and averages them as a confidence score -> boolean-mask indexing yields a data-dependent size
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskConfidence(nn.Cell):
    def __init__(self, n_bins=16, hidden=24):
        super().__init__()
        self.net = nn.SequentialCell([
            nn.Dense(n_bins, hidden), nn.ReLU(), nn.Dense(hidden, n_bins), nn.Sigmoid()])

    def construct(self, mag):
        mask = self.net(mag)
        confident = mask[mask > 0.5]
        score = confident.mean()
        return mag * mask, score


def make():
    np.random.seed(9)
    mag = np.abs(np.random.randn(2, 8, 16)).astype(np.float32)
    return MaskConfidence(), (Tensor(mag),)
