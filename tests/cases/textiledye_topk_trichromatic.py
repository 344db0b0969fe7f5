# case: choose the three strongest candidate dyes (trichromatic recipe) for a target colour with a constant k -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TRICHROMATIC = 3


class TrichromaticRanker(nn.Cell):
    def __init__(self, n_wl=31, n_dyes=12, k=TRICHROMATIC):
        super().__init__()
        self.k = k
        self.score = nn.Dense(n_wl, n_dyes)

    def construct(self, target_refl):
        logits = self.score(target_refl)
        values, idx = ops.topk(logits, self.k)
        weights = ops.softmax(values, axis=-1)
        return weights, idx


def make():
    np.random.seed(25)
    refl = np.clip(np.random.rand(2, 31), 0.05, 0.95).astype(np.float32)
    return TrichromaticRanker(), (Tensor(refl),)
