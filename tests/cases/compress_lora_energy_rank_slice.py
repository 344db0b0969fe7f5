# case: adaptive LoRA that truncates the adapter rank to keep 90% of factor energy, rank computed from the weights -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class AdaptiveRankLoRA(nn.Cell):
    def __init__(self, in_features=12, out_features=10, max_rank=6, alpha=8.0, energy=0.9):
        super().__init__()
        self.base = nn.Dense(in_features, out_features)
        self.base.weight.requires_grad = False
        self.lora_a = Parameter(Tensor(np.random.randn(max_rank, in_features).astype(np.float32) * 0.1), name="lora_a")
        self.lora_b = Parameter(Tensor(np.random.randn(out_features, max_rank).astype(np.float32) * 0.1), name="lora_b")
        self.scaling = alpha / max_rank
        self.energy = energy

    def _rank_order(self):
        # importance of each rank-1 component ~ |b_i| * |a_i|
        imp = ops.norm(self.lora_b, dim=0) * ops.norm(self.lora_a, dim=1)
        vals, order = ops.sort(imp, descending=True)
        frac = ops.cumsum(vals, 0) / vals.sum()
        return order, frac

    def construct(self, x):
        order, frac = self._rank_order()
        r = (frac < self.energy).astype(ms.int32).sum() + 1
        keep = order[:r]
        a = ops.gather(self.lora_a, keep, 0)
        b = ops.gather(self.lora_b, keep, 1)
        delta = ops.matmul(ops.matmul(x, a.T), b.T)
        return self.base(x) + self.scaling * delta


def make():
    np.random.seed(9)
    x = Tensor(np.random.randn(3, 12).astype(np.float32))
    return AdaptiveRankLoRA(), (x,)
