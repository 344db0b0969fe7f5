# case: pick the k highest-energy blast holes where k is the number of holes flagged as loaded (int of tensor sum) -> data-dependent top-k size, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def powder_factor(charge_kg, burden, spacing, bench_h):
    return charge_kg / (burden * spacing * bench_h)


class BlastPatternRanker(nn.Cell):
    def __init__(self, bench_height=6.0):
        super().__init__()
        self.bench_height = bench_height
        self.score = nn.Dense(3, 1)

    def construct(self, charge, burden, spacing, loaded):
        pf = powder_factor(charge, burden, spacing, self.bench_height)
        feats = ops.stack([pf, burden, spacing], axis=-1)
        energy = self.score(feats).squeeze(-1)
        n_loaded = int(loaded.sum())
        top_energy, top_idx = ops.topk(energy, n_loaded)
        return top_energy, top_idx


def make():
    np.random.seed(21)
    n = 24
    charge = Tensor(np.random.uniform(20, 60, n).astype(np.float32))
    burden = Tensor(np.random.uniform(2.5, 4.0, n).astype(np.float32))
    spacing = Tensor(np.random.uniform(3.0, 5.0, n).astype(np.float32))
    loaded = Tensor((np.random.rand(n) > 0.4).astype(np.int32))
    return BlastPatternRanker(), (charge, burden, spacing, loaded)
