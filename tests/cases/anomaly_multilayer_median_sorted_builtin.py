# case: combines per-layer image scores by taking the median with Python sorted() over a tensor -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayerScoreFusion(nn.Cell):
    """Scores each feature layer separately and fuses them with a median vote."""

    def __init__(self, layer_dims=(4, 8, 16), bank_size=10):
        super().__init__()
        rng = np.random.RandomState(0)
        self.banks = ms.ParameterTuple(
            [ms.Parameter(Tensor(rng.randn(bank_size, d).astype(np.float32)), name=f"bank{i}",
                          requires_grad=False) for i, d in enumerate(layer_dims)])

    def layer_score(self, feats, bank):
        return ops.cdist(feats, bank).min(axis=1).max()

    def construct(self, f0, f1, f2):
        scores = ops.stack((self.layer_score(f0, self.banks[0]),
                            self.layer_score(f1, self.banks[1]),
                            self.layer_score(f2, self.banks[2])))
        ordered = sorted(scores)
        return ordered[len(ordered) // 2]


def make():
    np.random.seed(15)
    f0 = Tensor(np.random.randn(5, 4).astype(np.float32))
    f1 = Tensor(np.random.randn(5, 8).astype(np.float32))
    f2 = Tensor(np.random.randn(5, 16).astype(np.float32))
    return LayerScoreFusion(), (f0, f1, f2)
