# case: ensemble forecast post-processing returning a plain Python summary object built from tensors -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnsembleSummary:
    def __init__(self, mean, spread, prob_exceed):
        self.mean = mean
        self.spread = spread
        self.prob_exceed = prob_exceed

    def spread_skill_ratio(self, truth):
        rmse = ops.sqrt(((self.mean - truth) ** 2).mean())
        return self.spread.mean() / rmse


class EnsemblePostprocessor(nn.Cell):
    def __init__(self, threshold=1.0, member_axis=1):
        super().__init__()
        self.threshold = threshold
        self.member_axis = member_axis

    def _summarise(self, ens):
        mean = ens.mean(axis=self.member_axis)
        spread = ens.std(axis=self.member_axis)
        prob = (ens > self.threshold).astype(ms.float32).mean(axis=self.member_axis)
        return EnsembleSummary(mean, spread, prob)

    def construct(self, ens, truth):
        summary = self._summarise(ens)
        ratio = summary.spread_skill_ratio(truth)
        return summary.prob_exceed, ratio


def make():
    rng = np.random.RandomState(7)
    ens = Tensor(rng.randn(2, 5, 6, 6).astype(np.float32))
    truth = Tensor(rng.randn(2, 6, 6).astype(np.float32))
    return EnsemblePostprocessor(), (ens, truth)
