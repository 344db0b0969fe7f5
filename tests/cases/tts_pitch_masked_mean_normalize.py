# case: normalises f0 by mean/std over voiced frames computed with a multiplicative mask (no selection) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def masked_mean_std(x, mask, eps=1e-6):
    count = mask.sum(axis=-1, keepdims=True)
    mean = (x * mask).sum(axis=-1, keepdims=True) / (count + eps)
    var = (((x - mean) * mask) ** 2).sum(axis=-1, keepdims=True) / (count + eps)
    return mean, ops.sqrt(var + eps)


class PitchPredictorWithNorm(nn.Cell):
    def __init__(self, hidden=16, kernel=3, n_layers=2):
        super().__init__()
        self.layers = nn.CellList([
            nn.Conv1d(hidden, hidden, kernel, pad_mode="same", has_bias=True) for _ in range(n_layers)
        ])
        self.out = nn.Dense(hidden, 1)

    def construct(self, x, f0):
        h = x.transpose(0, 2, 1)
        for conv in self.layers:
            h = ops.relu(conv(h))
        pred = self.out(h.transpose(0, 2, 1)).squeeze(-1)
        voiced = (f0 > 0).astype(ms.float32)
        mean, std = masked_mean_std(f0, voiced)
        target = (f0 - mean) / std * voiced
        loss = (((pred - target) ** 2) * voiced).sum() / voiced.sum()
        return pred, loss


def make():
    np.random.seed(23)
    x = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    f0 = np.abs(np.random.randn(2, 10)).astype(np.float32) * 180
    f0[:, 1::4] = 0
    return PitchPredictorWithNorm(), (x, Tensor(f0))
