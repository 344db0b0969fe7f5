# case: keep blend tasting weights in an @ms.jit_class object built in __init__ and only read it in construct -> jit_class read-only use, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class TastingPanel:
    def __init__(self):
        self.acidity_w = 0.3
        self.tannin_w = 0.5
        self.fruit_w = 0.2

    def weights(self):
        return (self.acidity_w, self.tannin_w, self.fruit_w)


class BarrelBlend(nn.Cell):
    def __init__(self, n_barrels=5):
        super().__init__()
        self.mix_logits = ms.Parameter(Tensor(np.zeros(n_barrels, np.float32)))
        self.panel = TastingPanel()

    def construct(self, barrels):
        w = ops.softmax(self.mix_logits)
        blend = ops.matmul(w, barrels)
        a, t, f = self.panel.weights()
        score = a * blend[0] + t * blend[1] + f * blend[2]
        return blend, score


def make():
    np.random.seed(82)
    barrels = Tensor(np.random.rand(5, 3).astype(np.float32))
    return BarrelBlend(), (barrels,)
