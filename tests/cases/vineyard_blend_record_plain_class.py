# case: assemble a blend record object (a plain Python class holding the blend vector and its score) inside construct and return its fields -> plain class instantiated in construct, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlendRecord:
    def __init__(self, blend, score):
        self.blend = blend
        self.score = score

    def normalised(self):
        return self.blend / self.blend.sum()


class BarrelBlend(nn.Cell):
    def __init__(self, n_barrels=5, n_traits=6):
        super().__init__()
        self.mix_logits = ms.Parameter(Tensor(np.zeros(n_barrels, np.float32)))
        self.judge = nn.Dense(n_traits, 1)

    def construct(self, barrels):
        w = ops.softmax(self.mix_logits)
        blend = ops.matmul(w, barrels)
        rec = BlendRecord(blend, self.judge(blend.expand_dims(0)).squeeze())
        return rec.normalised(), rec.score


def make():
    np.random.seed(81)
    barrels = Tensor(np.random.rand(5, 6).astype(np.float32))
    return BarrelBlend(), (barrels,)
