# case: pick the 5 highest-energy blast holes from a pattern with a fixed config k -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def powder_factor(charge_kg, burden, spacing, bench_h):
    return charge_kg / (burden * spacing * bench_h)


class BlastPatternRanker(nn.Cell):
    def __init__(self, bench_height=6.0, top_k=5):
        super().__init__()
        self.bench_height = bench_height
        self.top_k = top_k
        self.score = nn.Dense(3, 1)

    def construct(self, charge, burden, spacing, loaded):
        pf = powder_factor(charge, burden, spacing, self.bench_height)
        feats = ops.stack([pf, burden, spacing], axis=-1)
        energy = self.score(feats).squeeze(-1) * loaded.astype(ms.float32)
        top_energy, top_idx = ops.topk(energy, self.top_k)
        return top_energy, top_idx


def make():
    np.random.seed(22)
    n = 24
    charge = Tensor(np.random.uniform(20, 60, n).astype(np.float32))
    burden = Tensor(np.random.uniform(2.5, 4.0, n).astype(np.float32))
    spacing = Tensor(np.random.uniform(3.0, 5.0, n).astype(np.float32))
    loaded = Tensor((np.random.rand(n) > 0.4).astype(np.int32))
    return BlastPatternRanker(), (charge, burden, spacing, loaded)
