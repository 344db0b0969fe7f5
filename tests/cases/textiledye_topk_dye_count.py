# case: choose the k strongest candidate dyes for a target colour where k is the number of dyes the colourist requested, passed as a tensor -> top-k size from tensor value, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DyeCandidateRanker(nn.Cell):
    def __init__(self, n_wl=31, n_dyes=12):
        super().__init__()
        self.score = nn.Dense(n_wl, n_dyes)

    def construct(self, target_refl, n_requested):
        logits = self.score(target_refl)
        k = int(n_requested.asnumpy())
        values, idx = ops.topk(logits, k)
        weights = ops.softmax(values, axis=-1)
        return weights, idx


def make():
    np.random.seed(24)
    refl = np.clip(np.random.rand(2, 31), 0.05, 0.95).astype(np.float32)
    return DyeCandidateRanker(), (Tensor(refl), Tensor(np.int32(3)))
