# case: keep the strongest R-peak candidates with ops.topk where k is the number of candidates above threshold, computed as a tensor sum -> error or dynamic shape in Graph mode (data-dependent k)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrongPeakSelector(nn.Cell):
    def __init__(self, threshold=0.7):
        super().__init__()
        self.threshold = threshold

    def candidate_count(self, score):
        return (score > self.threshold).astype(ms.int32).sum()

    def construct(self, ecg):
        energy = ecg * ecg
        score = energy / energy.max()
        k = self.candidate_count(score)
        values, positions = ops.topk(score, k)
        order = ops.sort(positions.astype(ms.float32))[0]
        return values, order


def make():
    np.random.seed(14)
    ecg = 0.2 * np.random.randn(96)
    ecg[[10, 40, 70]] = [1.0, 0.95, 1.1]
    return StrongPeakSelector(), (Tensor(ecg.astype(np.float32)),)
