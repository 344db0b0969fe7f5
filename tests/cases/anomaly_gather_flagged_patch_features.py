# case: gathers features of patches flagged anomalous (indices from nonzero of score>thr) to re-score them with a finer bank -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoStageRescorer(nn.Cell):
    def __init__(self, coarse_bank, fine_bank, flag_ratio=1.1):
        super().__init__()
        self.coarse = Tensor(coarse_bank)
        self.fine = Tensor(fine_bank)
        self.flag_ratio = flag_ratio

    def coarse_scores(self, feats):
        return ops.cdist(feats, self.coarse).min(axis=1)

    def flagged_indices(self, scores):
        flags = scores > self.flag_ratio * scores.mean()
        return ops.nonzero(flags).reshape(-1)

    def construct(self, feats):
        scores = self.coarse_scores(feats)
        idx = self.flagged_indices(scores)
        suspects = ops.gather(feats, idx, 0)
        fine = ops.cdist(suspects, self.fine).min(axis=1)
        refined = ops.tensor_scatter_elements(scores, idx, fine, axis=0)
        return refined


def make():
    np.random.seed(16)
    coarse = np.random.randn(8, 6).astype(np.float32)
    fine = np.random.randn(32, 6).astype(np.float32)
    feats = np.random.randn(20, 6).astype(np.float32)
    return TwoStageRescorer(coarse, fine), (Tensor(feats),)
