# case: blend cost-and-odour objective frees a large intermediate dilution matrix with del inside construct -> del statement in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class DilutionObjective(nn.Cell):
    def __init__(self, n_ingredients=15, n_desc=8):
        super().__init__()
        self.logits = Parameter(Tensor(np.random.randn(n_ingredients).astype(np.float32) * 0.1), name="logits")
        self.desc_w = Parameter(Tensor(np.random.rand(n_ingredients, n_desc).astype(np.float32)), name="desc_w")

    def construct(self, odour_threshold, target):
        ratios = ops.softmax(self.logits, axis=0)
        dilution = ratios.reshape(-1, 1) / odour_threshold.reshape(-1, 1)
        activity = ops.log1p(dilution) * self.desc_w
        del dilution
        profile = activity.sum(axis=0)
        return ((profile - target) ** 2).sum(), ratios


def make():
    np.random.seed(171)
    thr = Tensor(np.random.rand(15).astype(np.float32) * 1e-2 + 1e-4)
    target = Tensor(np.random.rand(8).astype(np.float32) * 5)
    return DilutionObjective(), (thr, target)
